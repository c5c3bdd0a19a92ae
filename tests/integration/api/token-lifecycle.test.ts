import { describe, expect, it } from "vitest";
import { deleteAccountOp, signOutEverywhereOp } from "@/lib/accounts/operations";
import { createInviteOp, leaveCoupleOp, redeemInviteOp } from "@/lib/couples/operations";
import { db } from "@/lib/db";
import { executeOperation } from "@/lib/operations/execute";
import { createCouple, createUser, FACTORY_PASSWORD } from "@/tests/factories";
import { api, expectProblem, makeToken } from "./helpers";

/** A token stops working for good when the couple ends, when its person leaves or deletes the account, or signs out everywhere. */
async function tokens() {
  const c = await createCouple();
  return { c, a: await makeToken(c.a.request, "pause"), b: await makeToken(c.b.request, "read") };
}

const dead = async (secret: string) => expectProblem(await api("GET", "/pause", { token: secret }), 401, "unauthorized");

describe("a token's life", () => {
  it("ends for both partners when one leaves; it doesn't come back in a new couple", async () => {
    const { c, a, b } = await tokens();
    expect((await api("POST", "/pause/start", { token: a.secret })).status).toBe(200);
    expect((await executeOperation(leaveCoupleOp, { password: FACTORY_PASSWORD }, c.a.request)).ok).toBe(true);
    await dead(a.secret);
    await dead(b.secret);
    expect(await db.accessToken.count({ where: { coupleId: c.id, revokedAt: null } })).toBe(0);
    // The start after leaving writes nothing in the ended couple.
    const pauses = await db.pause.count({ where: { coupleId: c.id } });
    expectProblem(await api("POST", "/pause/start", { token: a.secret }), 401, "unauthorized");
    expect(await db.pause.count({ where: { coupleId: c.id } })).toBe(pauses);

    // Robin (a) starts over with someone new: the old token still opens nothing.
    const invite = await executeOperation(createInviteOp, {}, c.a.request);
    if (!invite.ok) throw new Error(invite.error);
    const someone = await createUser();
    expect((await executeOperation(redeemInviteOp, { code: invite.data.code }, someone.request)).ok).toBe(true);
    await dead(a.secret);
  });

  it("ends when the partner deletes their account (the couple ends), and is gone with the account deleted", async () => {
    const { c, a, b } = await tokens();
    expect((await executeOperation(deleteAccountOp, { password: FACTORY_PASSWORD }, c.b.request)).ok).toBe(true);
    await dead(a.secret);
    await dead(b.secret);
    expect(await db.accessToken.count({ where: { userId: c.b.id } })).toBe(0);
  });

  it("ends with “sign out everywhere”, with every session; the partner's tokens keep working", async () => {
    const { c, a, b } = await tokens();
    const second = await makeToken(c.a.request, "read");
    const result = await executeOperation(signOutEverywhereOp, {}, c.a.request);
    expect(result).toMatchObject({ ok: true, data: { tokensRevoked: 2 } });
    await dead(a.secret);
    await dead(second.secret);
    expect((await api("GET", "/pause", { token: b.secret })).status).toBe(200);
  });

  it("a token revoked between its lookup and the pause's statement writes nothing (the statement checks it again)", async () => {
    const { c, a } = await tokens();
    const { resolveMemberByToken } = await import("@/lib/auth/member");
    const { startPauseOp } = await import("@/lib/pause/operations");
    const member = await resolveMemberByToken(a.secret);
    await db.accessToken.update({ where: { id: a.id }, data: { revokedAt: new Date() } });
    const result = await executeOperation(startPauseOp, {}, { sessionId: null, ip: "10.1.1.1", userAgent: "vitest" }, { resolve: async () => member });
    expect(result).toMatchObject({ ok: false, code: "unauthorized" });
    expect(await db.pause.count({ where: { coupleId: c.id } })).toBe(0);
  });
});
