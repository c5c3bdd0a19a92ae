import { rawQuery } from "../db";
import { named, sql } from "../db/raw";
import type { SocketIdentity } from "../realtime/events";
import { TOUCH_EVERY_MS } from "./sessions";

type Row = { userId: string; expiresAt: Date; revokedAt: Date | null; coupleId: string | null; coupleEndedAt: Date | null };

/**
 * The socket's identity in one round trip (session → user → membership → couple). Sockets check
 * it before every event, so it is the hot path of every pause; resolveMember's richer read (names,
 * partner) is for pages. Same rules: a revoked or expired session, or a deleted user, is no one,
 * and an ended couple gives no couple room.
 */
export async function resolveSocketIdentity(sessionId: string | null | undefined): Promise<SocketIdentity | null> {
  if (!sessionId) return null;
  // lastSeenAt is refreshed in the same statement, and only when it is a minute old (as getLiveSession does), so a busy
  // socket's checks stay reads and a thousand sockets never turn into a burst of separate writes.
  const rows = await rawQuery<Row>(named("socket_identity", sql`
    WITH touch AS (
      UPDATE "Session" SET "lastSeenAt" = (now() AT TIME ZONE 'UTC')
      WHERE "id" = ${sessionId} AND "revokedAt" IS NULL
        AND "lastSeenAt" < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${TOUCH_EVERY_MS / 1000}::int)
      RETURNING 1
    )
    SELECT s."userId", s."expiresAt", s."revokedAt", m."coupleId", c."endedAt" AS "coupleEndedAt"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "Membership" m ON m."userId" = s."userId"
    LEFT JOIN "Couple" c ON c."id" = m."coupleId"
    WHERE s."id" = ${sessionId}`));
  const row = rows[0];
  const now = Date.now();
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now) return null;
  return { userId: row.userId, sessionId, coupleId: row.coupleId && !row.coupleEndedAt ? row.coupleId : null };
}
