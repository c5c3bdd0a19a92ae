import { describe, expect, it } from "vitest";
import { executeOperation } from "@/lib/operations/execute";
import { resolveMember } from "@/lib/auth/member";
import { createInviteOp, redeemInviteOp, revokeInviteOp } from "@/lib/couples/operations";
import { hashInviteCode } from "@/lib/couples/invite-code";
import { db } from "@/lib/db";
import { createCouple, createUser, type TestUser } from "@/tests/factories";

async function invite(user: TestUser): Promise<string> {
  const res = await executeOperation(createInviteOp, {}, user.request);
  if (!res.ok) throw new Error(res.error);
  return res.data.code;
}
const redeem = (user: TestUser, code: string) => executeOperation(redeemInviteOp, { code }, user.request);

describe("invites", () => {
  it("link two people: code, link and QR for one, a couple of two afterwards", async () => {
    const a = await createUser({ name: "Alex" });
    const b = await createUser({ name: "Blake" });
    const res = await executeOperation(createInviteOp, {}, { ...a.request, origin: "http://phone.local:3000" });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data.code).toMatch(/^[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$/);
    expect(res.data.url).toMatch(/\/join\?code=/);
    expect(res.data.qrSvg).toContain("<svg");
    // Only the hash is stored.
    expect(await db.invite.count({ where: { codeHash: hashInviteCode(res.data.code.replace("-", "")) } })).toBe(1);

    const joined = await redeem(b, res.data.code.toLowerCase().replace("-", " "));
    expect(joined).toMatchObject({ ok: true, data: { partnerName: "Alex" } });
    const memberA = await resolveMember(a.sessionId);
    expect(memberA?.couple?.partner?.name).toBe("Blake");
  });

  it("are single-use", async () => {
    const a = await createUser();
    const code = await invite(a);
    expect((await redeem(await createUser(), code)).ok).toBe(true);
    const again = await redeem(await createUser(), code);
    expect(again).toMatchObject({ ok: false, error: "That invite has already been used. Ask your partner for a new one." });
  });

  it("only the latest invite is valid, and a revoked one is refused", async () => {
    const a = await createUser();
    const first = await invite(a);
    const second = await invite(a);
    expect(await redeem(await createUser(), first)).toMatchObject({ ok: false, error: "That invite was replaced or cancelled — ask for a new one." });
    await executeOperation(revokeInviteOp, {}, a.request);
    expect(await redeem(await createUser(), second)).toMatchObject({ ok: false, error: "That invite was replaced or cancelled — ask for a new one." });
  });

  it("expire after 72 hours", async () => {
    const a = await createUser();
    const code = await invite(a);
    await db.invite.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    const b = await createUser();
    expect(await redeem(b, code)).toMatchObject({ ok: false, error: "That code has expired — ask for a new one." });
    expect(await db.membership.count({ where: { userId: b.id } })).toBe(0);
  });

  it("can't be redeemed by the inviter, by someone already linked, or with a made-up code", async () => {
    const a = await createUser();
    const code = await invite(a);
    expect(await redeem(a, code)).toMatchObject({ ok: false, error: "That’s your own invite — send it to your partner." });
    const linked = await createCouple();
    expect(await redeem(linked.a, code)).toMatchObject({ ok: false, code: "conflict" });
    expect(await redeem(await createUser(), "ZZZZZ-ZZZZZ")).toMatchObject({
      ok: false,
      fieldErrors: { code: ["That code doesn’t match an invite. Check the letters, or ask for a new one."] },
    });
    expect(await redeem(await createUser(), "")).toMatchObject({ ok: false, fieldErrors: { code: ["Please enter the invite code."] } });
    expect(await db.membership.count({ where: { coupleId: (await db.invite.findFirstOrThrow()).coupleId } })).toBe(1);
  });

  it("let exactly one of two people in when both redeem the same code at once", async () => {
    for (let round = 0; round < 5; round++) {
      const a = await createUser();
      const code = await invite(a);
      const [x, y] = [await createUser(), await createUser()];
      const results = await Promise.all([redeem(x, code), redeem(y, code)]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const loser = results.find((r) => !r.ok);
      expect(loser && !loser.ok && loser.error).toMatch(/already been used|Someone just used this invite|already has two people/);
      const coupleId = (await resolveMember(a.sessionId))!.couple!.id;
      expect(await db.membership.count({ where: { coupleId } })).toBe(2);
    }
  });

  it("the database itself refuses a third member", async () => {
    const c = await createCouple();
    const extra = await createUser();
    // The two constraints that cap a couple at two, each named, so neither can vanish behind the other.
    await expect(db.membership.create({ data: { coupleId: c.id, userId: extra.id, slot: 3 } })).rejects.toThrow(
      'violates check constraint "Membership_slot_check"',
    );
    await expect(db.membership.create({ data: { coupleId: c.id, userId: extra.id, slot: 2 } })).rejects.toMatchObject({
      code: "P2002",
      message: expect.stringContaining("Unique constraint failed on the constraint: `Membership_coupleId_slot_key`"),
    });
    expect(await db.membership.count({ where: { coupleId: c.id } })).toBe(2);
  });
});
