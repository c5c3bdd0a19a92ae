import { describe, expect, it } from "vitest";
import { changePasswordOp, deleteAccountOp, endSessionOp, exportDataOp, signOutEverywhereOp } from "@/lib/accounts/operations";
import { executeOperation } from "@/lib/operations/execute";
import { resolveMember } from "@/lib/auth/member";
import { createSession } from "@/lib/auth/sessions";
import { leaveCoupleOp, releaseEndedCoupleOp } from "@/lib/couples/operations";
import { db } from "@/lib/db";
import { createCouple, createUser, FACTORY_PASSWORD } from "@/tests/factories";

describe("leaving", () => {
  it("ends the shared space for both, alone and at once, and keeps a read-only copy for the other", async () => {
    const c = await createCouple();
    await db.agreement.create({
      data: { coupleId: c.id, kind: "NEED", status: "ACTIVE", versions: { create: { coupleId: c.id, number: 1, action: "CREATE", status: "ACCEPTED", content: { need: "PRESENCE" }, proposedById: c.b.id } } },
    });
    const res = await executeOperation(leaveCoupleOp, { password: FACTORY_PASSWORD }, c.b.request);
    expect(res.ok).toBe(true);

    const leaver = await resolveMember(c.b.sessionId);
    expect(leaver?.couple).toBeNull();
    const stayer = await resolveMember(c.a.sessionId);
    expect(stayer?.couple?.endedAt).toBeInstanceOf(Date);
    expect(await db.agreement.count({ where: { coupleId: c.id } })).toBe(1);
    const events = await db.event.findMany({ where: { coupleId: c.id }, select: { type: true, actorId: true } });
    // The ending is recorded without naming who left.
    expect(events).toContainEqual({ type: "couples.ended", actorId: null });
  });

  it("needs the right password and changes nothing otherwise", async () => {
    const c = await createCouple();
    const res = await executeOperation(leaveCoupleOp, { password: "wrong wrong wrong" }, c.b.request);
    expect(res).toMatchObject({ ok: false, fieldErrors: { password: ["That password isn’t right. Please try again."] } });
    expect((await resolveMember(c.a.sessionId))?.couple?.endedAt).toBeNull();
    const empty = await executeOperation(leaveCoupleOp, {}, c.b.request);
    expect(empty).toMatchObject({ ok: false, code: "bad_request" });
  });

  it("lets the remaining partner start over, which removes the ended copy", async () => {
    const c = await createCouple();
    await executeOperation(leaveCoupleOp, { password: FACTORY_PASSWORD }, c.b.request);
    expect((await executeOperation(releaseEndedCoupleOp, {}, c.a.request)).ok).toBe(true);
    expect(await db.couple.count({ where: { id: c.id } })).toBe(0);
    expect((await resolveMember(c.a.sessionId))?.couple).toBeNull();
  });
});

describe("deleting an account", () => {
  it("removes me and my sessions; my proposals stay with my partner as a former partner's", async () => {
    const c = await createCouple();
    await db.agreement.create({
      data: { coupleId: c.id, kind: "NEED", status: "ACTIVE", versions: { create: { coupleId: c.id, number: 1, action: "CREATE", status: "ACCEPTED", content: { need: "RITUAL" }, proposedById: c.b.id } } },
    });
    const extraSession = await createSession(c.b.id, "second phone");
    const res = await executeOperation(deleteAccountOp, { password: FACTORY_PASSWORD }, c.b.request);
    expect(res.ok).toBe(true);
    expect(await db.user.count({ where: { id: c.b.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: c.b.id } })).toBe(0);
    expect(await resolveMember(extraSession.id)).toBeNull();

    const partner = await resolveMember(c.a.sessionId);
    expect(partner?.couple?.endedAt).toBeInstanceOf(Date);
    const exported = await executeOperation(exportDataOp, {}, c.a.request);
    expect(exported.ok && exported.data.couple?.agreements?.[0]?.versions[0]?.proposedById).toBe("former partner");
  });

  it("refuses a wrong password and keeps everything", async () => {
    const c = await createCouple();
    const res = await executeOperation(deleteAccountOp, { password: "nope nope nope" }, c.b.request);
    expect(res.ok).toBe(false);
    expect(await db.user.count({ where: { id: c.b.id } })).toBe(1);
  });
});

describe("sessions", () => {
  it("end one, or all, or all others when the password changes", async () => {
    const u = await createUser();
    const other = await createSession(u.id, "tablet");
    const third = await createSession(u.id, "laptop");

    expect(await executeOperation(endSessionOp, { sessionId: other.id }, u.request)).toMatchObject({ ok: true, data: { ended: true } });
    expect(await resolveMember(other.id)).toBeNull();

    const changed = await executeOperation(changePasswordOp, { currentPassword: FACTORY_PASSWORD, newPassword: "new calm river morning 7" }, u.request);
    expect(changed).toMatchObject({ ok: true, data: { endedSessions: 1 } });
    expect(await resolveMember(third.id)).toBeNull();
    expect(await resolveMember(u.sessionId)).not.toBeNull();

    await executeOperation(signOutEverywhereOp, {}, u.request);
    expect(await resolveMember(u.sessionId)).toBeNull();
  });

  it("can't end someone else's session", async () => {
    const me = await createUser();
    const them = await createUser();
    const res = await executeOperation(endSessionOp, { sessionId: them.sessionId }, me.request);
    expect(res).toMatchObject({ ok: true, data: { ended: false } });
    expect(await resolveMember(them.sessionId)).not.toBeNull();
  });

  it("an expired session is treated as signed out", async () => {
    const u = await createUser();
    await db.session.update({ where: { id: u.sessionId }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await resolveMember(u.sessionId)).toBeNull();
    expect(await executeOperation(exportDataOp, {}, u.request)).toMatchObject({ ok: false, code: "unauthorized" });
  });

  it("password changes refuse a wrong current password or a weak new one, changing nothing", async () => {
    const u = await createUser();
    const before = (await db.user.findUniqueOrThrow({ where: { id: u.id }, select: { passwordHash: true } })).passwordHash;
    const wrong = await executeOperation(changePasswordOp, { currentPassword: "nope", newPassword: "new calm river morning 7" }, u.request);
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["That password isn’t right. Please try again."] } });
    const weak = await executeOperation(changePasswordOp, { currentPassword: FACTORY_PASSWORD, newPassword: "password1234" }, u.request);
    expect(weak.ok).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id }, select: { passwordHash: true } })).passwordHash).toBe(before);
  });
});
