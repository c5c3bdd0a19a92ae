import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  acceptVersionOp,
  counterProposeOp,
  declineVersionOp,
  getAgreementOp,
  proposeAgreementOp,
  proposeChangeOp,
  proposeRetireOp,
  withdrawVersionOp,
} from "@/lib/agreements/operations";
import { countWaitingFor, listAgreements } from "@/lib/agreements/queries";
import { getPauseState } from "@/lib/pause/queries";
import { createCouple } from "@/tests/factories";
import { as, lateReply, ok, pauseRule } from "./helpers";

describe("co-creating an agreement", () => {
  it("a proposal becomes ours only when the partner accepts it", async () => {
    const c = await createCouple();
    const proposed = ok(await as(c.a, proposeAgreementOp, { ...lateReply(c), note: "Would this work for us?" }));
    expect(proposed.status).toBe("PROPOSED");
    expect(await countWaitingFor(c.id, c.b.id)).toBe(1);
    expect(await countWaitingFor(c.id, c.a.id)).toBe(0);

    const accepted = ok(await as(c.b, acceptVersionOp, { agreementId: proposed.agreementId, versionId: proposed.versionId }));
    expect(accepted).toEqual({ agreementId: proposed.agreementId, versionId: proposed.versionId, status: "ACTIVE" });

    const [agreement] = await listAgreements(c.id, ["ACTIVE"]);
    expect(agreement?.active).toMatchObject({ id: proposed.versionId, status: "ACCEPTED", proposedById: c.a.id, decidedById: c.b.id, note: "Would this work for us?" });
    expect(agreement?.active?.content).toMatchObject({ kind: "TRIGGER_RESPONSE", trigger: "A late reply", whose: c.a.id });
    expect(await countWaitingFor(c.id, c.b.id)).toBe(0);
    const events = await db.event.findMany({ where: { coupleId: c.id }, orderBy: { createdAt: "asc" }, select: { type: true, actorId: true, data: true } });
    expect(events.map((e) => [e.type, e.actorId])).toEqual([
      ["agreements.proposed", c.a.id],
      ["agreements.accepted", c.b.id],
    ]);
    // The timeline holds ids and facts, never the words.
    expect(JSON.stringify(events)).not.toContain("late reply");
  });

  it("a counter-proposal supersedes the pending version and goes back to the first proposer", async () => {
    const c = await createCouple();
    const first = ok(await as(c.a, proposeAgreementOp, lateReply(c)));
    const counter = ok(await as(c.b, counterProposeOp, { ...lateReply(c), whose: "both", agreementId: first.agreementId, versionId: first.versionId }));
    expect(counter.status).toBe("PROPOSED");
    expect(await countWaitingFor(c.id, c.a.id)).toBe(1);

    // B can't accept their own counter; A can.
    const own = await as(c.b, acceptVersionOp, { agreementId: first.agreementId, versionId: counter.versionId });
    expect(own).toMatchObject({ ok: false, code: "forbidden" });
    ok(await as(c.a, acceptVersionOp, { agreementId: first.agreementId, versionId: counter.versionId }));

    const detail = ok(await as(c.a, getAgreementOp, { agreementId: first.agreementId }));
    expect(detail.versions.map((v) => [v.number, v.action, v.status, v.proposedById])).toEqual([
      [1, "CREATE", "SUPERSEDED", c.a.id],
      [2, "CREATE", "ACCEPTED", c.b.id],
    ]);
    expect(detail.active?.content).toMatchObject({ whose: "both" });
  });

  it("declining or withdrawing a first proposal closes it", async () => {
    const c = await createCouple();
    const one = ok(await as(c.a, proposeAgreementOp, lateReply(c)));
    ok(await as(c.b, declineVersionOp, { agreementId: one.agreementId, versionId: one.versionId, reason: "Not quite us yet" }));
    const declined = ok(await as(c.a, getAgreementOp, { agreementId: one.agreementId }));
    expect(declined).toMatchObject({ status: "CLOSED" });
    expect(declined.versions[0]).toMatchObject({ status: "DECLINED", declineReason: "Not quite us yet", decidedById: c.b.id });

    const two = ok(await as(c.a, proposeAgreementOp, lateReply(c)));
    expect(await as(c.b, withdrawVersionOp, { agreementId: two.agreementId, versionId: two.versionId })).toMatchObject({ ok: false, code: "forbidden" });
    ok(await as(c.a, withdrawVersionOp, { agreementId: two.agreementId, versionId: two.versionId }));
    expect(ok(await as(c.b, getAgreementOp, { agreementId: two.agreementId })).status).toBe("CLOSED");
  });

  it("a change keeps the active version until it is accepted; retiring needs both too", async () => {
    const c = await createCouple();
    const made = ok(await as(c.a, proposeAgreementOp, pauseRule(10)));
    ok(await as(c.b, acceptVersionOp, { agreementId: made.agreementId, versionId: made.versionId }));
    // The pause itself reads the rule: its plan is what both accepted.
    const plan = async () => (await getPauseState(c.id)).plan;
    expect(await plan()).toEqual({ minutes: 10, reconvene: expect.any(String), reconveneWay: expect.any(String), during: "A walk", fromAgreement: true });

    const change = ok(await as(c.b, proposeChangeOp, { ...pauseRule(15), agreementId: made.agreementId, basedOnVersionId: made.versionId }));
    expect((await plan()).minutes).toBe(10);
    ok(await as(c.a, acceptVersionOp, { agreementId: made.agreementId, versionId: change.versionId }));
    expect((await plan()).minutes).toBe(15);

    const retire = ok(await as(c.a, proposeRetireOp, { agreementId: made.agreementId, basedOnVersionId: change.versionId }));
    expect((await plan()).minutes).toBe(15);
    const retired = ok(await as(c.b, acceptVersionOp, { agreementId: made.agreementId, versionId: retire.versionId }));
    expect(retired.status).toBe("RETIRED");
    expect(await plan()).toMatchObject({ minutes: 10, fromAgreement: false });

    const detail = ok(await as(c.a, getAgreementOp, { agreementId: made.agreementId }));
    expect(detail.versions.map((v) => [v.action, v.status])).toEqual([
      ["CREATE", "ACCEPTED"],
      ["CHANGE", "ACCEPTED"],
      ["RETIRE", "ACCEPTED"],
    ]);
    // The retired agreement still shows what it said.
    expect(detail.active?.content).toMatchObject({ minutes: 15 });
  });

  it("allows one pause rule at a time: a second is refused until the first is retired", async () => {
    const c = await createCouple();
    const first = ok(await as(c.a, proposeAgreementOp, pauseRule(10)));
    expect(await as(c.b, proposeAgreementOp, pauseRule(20))).toMatchObject({ ok: false, code: "conflict", error: "We already have a pause rule. You can propose a change to it instead." });
    ok(await as(c.b, declineVersionOp, { agreementId: first.agreementId, versionId: first.versionId }));
    ok(await as(c.b, proposeAgreementOp, pauseRule(20)));
  });

  it("an ended couple can read its agreements but not change them", async () => {
    const c = await createCouple();
    const made = ok(await as(c.a, proposeAgreementOp, lateReply(c)));
    await db.couple.update({ where: { id: c.id }, data: { endedAt: new Date() } });
    expect(await as(c.b, acceptVersionOp, { agreementId: made.agreementId, versionId: made.versionId })).toMatchObject({ ok: false, code: "forbidden" });
    expect(ok(await as(c.b, getAgreementOp, { agreementId: made.agreementId })).status).toBe("PROPOSED");
  });
});

describe("live updates", () => {
  it("tells the couple's room after the commit, and nothing when a write is refused", async () => {
    const { setIO } = await import("@/lib/realtime/io");
    const sent: { room: string; event: string; payload: unknown }[] = [];
    const fake = { to: (room: string) => ({ emit: (event: string, payload: unknown) => sent.push({ room, event, payload }) }) };
    setIO(fake as never);
    try {
      const c = await createCouple();
      const made = ok(await as(c.a, proposeAgreementOp, lateReply(c)));
      expect(sent.map((s) => [s.room, s.event])).toEqual([
        [`couple:${c.id}`, "agreements:changed"],
        [`couple:${c.id}`, "couples:changed"],
      ]);
      expect(sent[0]!.payload).toMatchObject({ agreementId: made.agreementId, versionId: made.versionId, change: "proposed", actorId: c.a.id });
      expect(sent[1]!.payload).toMatchObject({ domain: "agreements" });
      sent.length = 0;
      await as(c.a, acceptVersionOp, { agreementId: made.agreementId, versionId: made.versionId });
      expect(sent).toEqual([]);
    } finally {
      setIO(undefined);
    }
  });
});
