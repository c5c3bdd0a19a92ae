import { randomBytes } from "node:crypto";
import { db } from "../db";
import { disconnectSessions } from "../realtime/io";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
// Writing lastSeenAt on every request would turn each page view into a write; a minute is precise enough.
export const TOUCH_EVERY_MS = 60_000;

export async function createSession(userId: string, userAgent: string) {
  const id = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  await db.session.create({ data: { id, userId, userAgent: userAgent.slice(0, 300), expiresAt } });
  return { id, expiresAt };
}

export function listSessions(userId: string) {
  return db.session.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
    orderBy: { lastSeenAt: "desc" },
  });
}

/**
 * Ends one of the user's own live sessions. Only a session this call actually ended has its sockets
 * dropped: another user's session id, or one already signed out or expired, writes nothing and
 * disconnects nothing (the where is the whole authorization, so the side effect must follow it).
 */
export async function revokeSession(userId: string, sessionId: string): Promise<boolean> {
  const now = new Date();
  const { count } = await db.session.updateMany({
    where: { id: sessionId, userId, revokedAt: null, expiresAt: { gt: now } },
    data: { revokedAt: now },
  });
  if (count > 0) {
    // A signed-out phone gets no more notifications (lib/push): its subscription goes with the session.
    await db.pushSubscription.deleteMany({ where: { sessionId, userId } });
    disconnectSessions([sessionId]);
  }
  return count > 0;
}

/**
 * Ends every session of the user except `keep`, and drops their open sockets on every node. One
 * statement picks and ends them, so a session ended meanwhile keeps its own revokedAt and only the
 * sessions this call ended are disconnected.
 */
export async function revokeOtherSessions(userId: string, keep?: string | null): Promise<number> {
  const ended = await db.session.updateManyAndReturn({
    where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: new Date() },
    select: { id: true },
  });
  if (ended.length) await db.pushSubscription.deleteMany({ where: { userId, sessionId: { in: ended.map((s) => s.id) } } });
  disconnectSessions(ended.map((s) => s.id));
  return ended.length;
}
