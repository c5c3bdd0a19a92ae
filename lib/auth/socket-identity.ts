import { db } from "../db";
import type { SocketIdentity } from "../realtime/events";

// Same rule as getLiveSession: lastSeenAt is refreshed at most once a minute.
const TOUCH_EVERY_MS = 60_000;

type Row = { userId: string; expiresAt: Date; revokedAt: Date | null; lastSeenAt: Date; coupleId: string | null; coupleEndedAt: Date | null };

/**
 * The socket's identity in one round trip (session → user → membership → couple). Sockets check
 * it before every event, so it is the hot path of every pause; resolveMember's richer read (names,
 * partner) is for pages. Same rules: a revoked or expired session, or a deleted user, is no one,
 * and an ended couple gives no couple room.
 */
export async function resolveSocketIdentity(sessionId: string | null | undefined): Promise<SocketIdentity | null> {
  if (!sessionId) return null;
  const rows = await db.$queryRaw<Row[]>`
    SELECT s."userId", s."expiresAt", s."revokedAt", s."lastSeenAt", m."coupleId", c."endedAt" AS "coupleEndedAt"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "Membership" m ON m."userId" = s."userId"
    LEFT JOIN "Couple" c ON c."id" = m."coupleId"
    WHERE s."id" = ${sessionId}`;
  const row = rows[0];
  const now = Date.now();
  if (!row || row.revokedAt || new Date(row.expiresAt).getTime() <= now) return null;
  if (now - new Date(row.lastSeenAt).getTime() > TOUCH_EVERY_MS) {
    void db.session.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(now) } }).catch(() => undefined);
  }
  return { userId: row.userId, sessionId, coupleId: row.coupleId && !row.coupleEndedAt ? row.coupleId : null };
}
