import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptVersionOp, counterProposeOp, declineVersionOp, proposeAgreementOp, proposeChangeOp, withdrawVersionOp } from "@/lib/agreements/operations";
import { createCouple } from "@/tests/factories";
import { as, lateReply, ok, pauseRule } from "./helpers";

describe("two decisions at once", () => {
  it.each([
    ["B accepts while A withdraws", "accept", "withdraw"],
    ["B accepts while B declines (two phones)", "accept", "decline"],
    ["B counters while A withdraws", "counter", "withdraw"],
    ["B accepts while B counters", "accept", "counter"],
  ] as const)("%s: exactly one wins, and the loser is told why", async (_name, first, second) => {
    for (let round = 0; round < 5; round++) {
      const c = await createCouple();
      const made = ok(await as(c.a, proposeAgreementOp, lateReply(c)));
      const ids = { agreementId: made.agreementId, versionId: made.versionId };
      const run = (what: "accept" | "decline" | "withdraw" | "counter") => {
        if (what === "withdraw") return as(c.a, withdrawVersionOp, ids);
        if (what === "accept") return as(c.b, acceptVersionOp, ids);
        if (what === "decline") return as(c.b, declineVersionOp, ids);
        return as(c.b, counterProposeOp, { ...lateReply(c), whose: "both", ...ids });
      };
      const results = await Promise.all([run(first), run(second)]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const loser = results.find((r) => !r.ok);
      expect(loser).toMatchObject({ ok: false, code: "conflict", error: "That proposal has already been answered or replaced. Here’s where things stand now." });
      const v1 = await db.agreementVersion.findUniqueOrThrow({ where: { id: made.versionId } });
      expect(v1.status).not.toBe("PENDING");
      const events = await db.event.count({ where: { coupleId: c.id } });
      expect(events).toBe(2); // proposed + the one decision that happened
    }
  });

  it("two changes proposed at once on the same agreement: one is pending, the other refused", async () => {
    const c = await createCouple();
    const made = ok(await as(c.a, proposeAgreementOp, pauseRule(10)));
    ok(await as(c.b, acceptVersionOp, { agreementId: made.agreementId, versionId: made.versionId }));
    const change = (user: typeof c.a, minutes: number) => as(user, proposeChangeOp, { ...pauseRule(minutes), agreementId: made.agreementId, basedOnVersionId: made.versionId });
    const results = await Promise.all([change(c.a, 15), change(c.b, 20)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "conflict", error: "There’s already a proposal waiting on this agreement. Let’s settle that one first." });
    expect(await db.agreementVersion.count({ where: { agreementId: made.agreementId, status: "PENDING" } })).toBe(1);
  });

  it("two new pause rules proposed at once: only one exists", async () => {
    const c = await createCouple();
    const results = await Promise.all([as(c.a, proposeAgreementOp, pauseRule(10)), as(c.b, proposeAgreementOp, pauseRule(20))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.agreement.count({ where: { coupleId: c.id, kind: "PAUSE_RULE" } })).toBe(1);
  });
});
