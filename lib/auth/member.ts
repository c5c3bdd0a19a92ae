import { rawQuery } from "../db";
import { named, sql } from "../db/raw";
import type { TokenScope } from "../tokens/constants";
import { hashTokenSecret, TOKEN_PATTERN } from "../tokens/secret";
import { TOUCH_EVERY_MS } from "./sessions";

export interface Partner {
  id: string;
  name: string;
  timeZone: string;
}

export interface Member {
  /** The server-side session this member acts from; null when a personal access token does (the API). */
  sessionId: string | null;
  /** The personal access token this member acts from, over the JSON API (lib/api). */
  token?: { id: string; scope: TokenScope };
  /** locale: the language they chose on Me (lib/i18n), null to follow the browser. */
  user: { id: string; name: string; email: string; timeZone: string; locale?: string | null };
  /** The couple this user belongs to; endedAt is set when the partner left (read-only then). */
  couple: { id: string; endedAt: Date | null; partner: Partner | null } | null;
}

/** A member of a couple that is still active: the only context allowed to write shared data. */
export type CoupleMember = Member & { couple: { id: string; endedAt: null; partner: Partner | null } };

type PersonRow = {
  userId: string;
  name: string;
  email: string;
  timeZone: string;
  locale: string | null;
  coupleId: string | null;
  coupleEndedAt: Date | null;
  partnerId: string | null;
  partnerName: string | null;
  partnerTimeZone: string | null;
};
type Row = PersonRow & { expiresAt: Date; revokedAt: Date | null };

function toMember(row: PersonRow, sessionId: string | null, token?: Member["token"]): Member {
  const partner = row.partnerId ? { id: row.partnerId, name: row.partnerName!, timeZone: row.partnerTimeZone! } : null;
  return {
    sessionId,
    ...(token ? { token } : {}),
    user: { id: row.userId, name: row.name, email: row.email, timeZone: row.timeZone, locale: row.locale },
    couple: row.coupleId ? { id: row.coupleId, endedAt: row.coupleEndedAt, partner } : null,
  };
}

/**
 * The one resolver behind every guard (pages, server actions, route handlers, sockets): a live
 * server-side session → its user → their membership and partner, in one round trip (sockets ask
 * before most events, so this is on the pause's path). A revoked or expired session, or a
 * deleted user, is no one. lastSeenAt is refreshed in the same statement, at most once a minute,
 * so busy sockets' checks stay reads.
 */
export async function resolveMember(sessionId: string | null | undefined): Promise<Member | null> {
  if (!sessionId) return null;
  const rows = await rawQuery<Row>(named("resolve_member", sql`
    WITH touch AS (
      UPDATE "Session" SET "lastSeenAt" = (now() AT TIME ZONE 'UTC')
      WHERE "id" = ${sessionId} AND "revokedAt" IS NULL
        AND "lastSeenAt" < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${TOUCH_EVERY_MS / 1000}::int)
      RETURNING 1
    )
    SELECT s."userId", u."name", u."email", u."timeZone", u."locale", s."expiresAt", s."revokedAt",
      c."id" AS "coupleId", c."endedAt" AS "coupleEndedAt",
      p."id" AS "partnerId", p."name" AS "partnerName", p."timeZone" AS "partnerTimeZone"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "Membership" m ON m."userId" = s."userId"
    LEFT JOIN "Couple" c ON c."id" = m."coupleId"
    LEFT JOIN "Membership" pm ON pm."coupleId" = c."id" AND pm."userId" <> s."userId"
    LEFT JOIN "User" p ON p."id" = pm."userId"
    WHERE s."id" = ${sessionId}`));
  const row = rows[0];
  if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return null;
  return toMember(row, sessionId);
}

/**
 * The same resolver for the JSON API's bearer tokens: a live token → its user → their membership
 * and partner, in one statement (lastUsedAt touched at most once a minute). A token works only in
 * the still-active couple it was made in: a revoked or unknown token, one whose couple ended or
 * whose user left it, or a deleted user's, is no one. Anything not shaped like a token is
 * refused before any query.
 */
export async function resolveMemberByToken(secret: string | null | undefined): Promise<Member | null> {
  if (!secret || !TOKEN_PATTERN.test(secret)) return null;
  const rows = await rawQuery<PersonRow & { tokenId: string; scope: TokenScope }>(named("resolve_token_member", sql`
    WITH t AS (
      SELECT "id", "userId", "coupleId", "scope"::text AS "scope" FROM "AccessToken"
      WHERE "secretHash" = ${hashTokenSecret(secret)} AND "revokedAt" IS NULL
    ), touch AS (
      UPDATE "AccessToken" SET "lastUsedAt" = (now() AT TIME ZONE 'UTC')
      WHERE "id" IN (SELECT "id" FROM t)
        AND ("lastUsedAt" IS NULL OR "lastUsedAt" < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${TOUCH_EVERY_MS / 1000}::int))
    )
    SELECT t."id" AS "tokenId", t."scope", t."userId", u."name", u."email", u."timeZone", u."locale",
      c."id" AS "coupleId", c."endedAt" AS "coupleEndedAt",
      p."id" AS "partnerId", p."name" AS "partnerName", p."timeZone" AS "partnerTimeZone"
    FROM t
    JOIN "User" u ON u."id" = t."userId"
    JOIN "Membership" m ON m."userId" = t."userId" AND m."coupleId" = t."coupleId"
    JOIN "Couple" c ON c."id" = m."coupleId" AND c."endedAt" IS NULL
    LEFT JOIN "Membership" pm ON pm."coupleId" = c."id" AND pm."userId" <> t."userId"
    LEFT JOIN "User" p ON p."id" = pm."userId"`));
  const row = rows[0];
  return row ? toMember(row, null, { id: row.tokenId, scope: row.scope }) : null;
}

export function isCoupleMember(member: Member | null): member is CoupleMember {
  return !!member?.couple && member.couple.endedAt === null;
}
