import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endSessionOp, signOutEverywhereOp } from "@/lib/accounts/operations";
import { executeOperation } from "@/lib/operations/execute";
import { revokeSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { createUser, type TestUser } from "@/tests/factories";
import { connect, sessionCookie, settle, startRealtime, type RealtimeHarness, type TestSocket } from "../pause/harness";

let harness: RealtimeHarness;
beforeAll(async () => {
  harness = await startRealtime();
});
afterAll(async () => {
  await harness.close();
});

const sessionRow = (id: string) =>
  db.session.findUniqueOrThrow({ where: { id }, select: { revokedAt: true, lastSeenAt: true, expiresAt: true } });

/** A connected phone of this user, and whether the server has dropped it since. */
async function phone(user: Pick<TestUser, "id" | "sessionId">) {
  const socket: TestSocket = await connect(harness.url, await sessionCookie(user));
  let dropped = false;
  socket.on("disconnect", () => (dropped = true));
  return { socket, dropped: () => dropped };
}

describe("ending a session stays within the caller's own sessions", () => {
  it("ending someone else's session id writes nothing and leaves their phone connected", async () => {
    const me = await createUser();
    const them = await createUser();
    const theirs = await phone(them);
    const before = await sessionRow(them.sessionId);

    const res = await executeOperation(endSessionOp, { sessionId: them.sessionId }, me.request);
    expect(res).toMatchObject({ ok: true, data: { ended: false } });
    await settle(200);
    expect(await sessionRow(them.sessionId)).toEqual(before);
    expect(theirs.dropped()).toBe(false);
    expect(theirs.socket.connected).toBe(true);
    theirs.socket.disconnect();
  });

  it("ending one of my own sessions drops that phone at once, and only that one", async () => {
    const me = await createUser();
    const tablet = {
      id: me.id,
      sessionId: (await db.session.create({ data: { id: `tab-${me.id}`, userId: me.id, expiresAt: new Date(Date.now() + 60_000) } })).id,
    };
    const here = await phone(me);
    const there = await phone(tablet);

    expect(await executeOperation(endSessionOp, { sessionId: tablet.sessionId }, me.request)).toMatchObject({
      ok: true,
      data: { ended: true },
    });
    await settle(200);
    expect(there.dropped()).toBe(true);
    expect(here.dropped()).toBe(false);
    here.socket.disconnect();
  });

  it("ending a session that already ended or expired writes nothing and drops no one", async () => {
    const me = await createUser();
    const expired = await createUser();
    const expiredPhone = await phone(expired);
    // Expiry alone does not close an idle socket (the next event would); ending the session again must not either.
    await db.session.update({ where: { id: expired.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const beforeExpired = await sessionRow(expired.sessionId);
    expect(await revokeSession(expired.id, expired.sessionId)).toBe(false);

    await revokeSession(me.id, me.sessionId);
    const beforeRevoked = await sessionRow(me.sessionId);
    expect(await revokeSession(me.id, me.sessionId)).toBe(false);

    await settle(200);
    expect(await sessionRow(expired.sessionId)).toEqual(beforeExpired);
    expect(await sessionRow(me.sessionId)).toEqual(beforeRevoked);
    expect(expiredPhone.dropped()).toBe(false);
    expiredPhone.socket.disconnect();
  });

  it("signing out everywhere ends and drops only my sessions, never another user's", async () => {
    const me = await createUser();
    const them = await createUser();
    const myPhone = await phone(me);
    const theirPhone = await phone(them);
    const theirsBefore = await sessionRow(them.sessionId);

    expect(await executeOperation(signOutEverywhereOp, {}, me.request)).toMatchObject({ ok: true, data: { ended: 1 } });
    await settle(200);
    expect(myPhone.dropped()).toBe(true);
    expect(theirPhone.dropped()).toBe(false);
    expect(await sessionRow(them.sessionId)).toEqual(theirsBefore);
    theirPhone.socket.disconnect();
  });
});
