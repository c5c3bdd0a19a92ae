import { say } from "@/lib/i18n/translate";
import { describe, expect, it } from "vitest";
import { acceptVersionOp, counterProposeOp, declineVersionOp, getAgreementOp, proposeAgreementOp, proposeChangeOp, withdrawVersionOp } from "@/lib/agreements/operations";
import { anonymous, createCouple } from "@/tests/factories";
import { executeOperation } from "@/lib/operations/execute";
import { type AnyOperation } from "@/lib/operations/define";
import { as, checkIn, expectUnchanged, lateReply, ok, pauseRule, snapshot } from "./helpers";

describe("bad input gets a clear message and writes nothing", () => {
  it.each([
    ["a 0-minute pause rule", () => pauseRule(0), "minutes", "Please choose between 5 and 60 minutes."],
    ["a 500-minute pause rule", () => pauseRule(500), "minutes", "Please choose between 5 and 60 minutes."],
    ["an empty trigger", (c: Parameters<typeof lateReply>[0]) => ({ ...lateReply(c), trigger: "  " }), "trigger", "Please describe the trigger in a few words."],
    ["an over-long response", (c: Parameters<typeof lateReply>[0]) => ({ ...lateReply(c), response: "x".repeat(401) }), "response", "Please keep this to 400 characters or fewer."],
    ["an out-of-range cadence", (c: Parameters<typeof lateReply>[0]) => ({ ...checkIn(c), every: 52 }), "every", "Please choose every 1 to 8 weeks."],
    ["a weekly check-in with no days", (c: Parameters<typeof lateReply>[0]) => ({ ...checkIn(c), days: [] }), "days", "Please pick at least one day."],
    ["a person outside the couple", (c: Parameters<typeof lateReply>[0]) => ({ ...lateReply(c), whose: "someone-else" }), "whose", "Please choose one of us."],
    ["an over-long note", () => ({ ...pauseRule(10), note: "x".repeat(401) }), "note", "Please keep this to 400 characters or fewer."],
  ])("%s", async (_name, build, field, message) => {
    const c = await createCouple();
    const before = await snapshot();
    const result = await as(c.a, proposeAgreementOp, build(c));
    expect(result).toMatchObject({ ok: false, code: "bad_request", fieldErrors: { [field]: [message] } });
    await expectUnchanged(before);
  });

  it("refuses a decision on another couple's agreement as if it didn't exist", async () => {
    const ours = await createCouple();
    const theirs = await createCouple({ a: "Casey", b: "Drew" });
    const made = ok(await as(theirs.a, proposeAgreementOp, lateReply(theirs)));
    const before = await snapshot();
    const ids = { agreementId: made.agreementId, versionId: made.versionId };
    for (const [op, input] of [
      [acceptVersionOp, ids],
      [declineVersionOp, ids],
      [withdrawVersionOp, ids],
      [counterProposeOp, { ...lateReply(ours), ...ids }],
      [proposeChangeOp, { ...lateReply(ours), agreementId: made.agreementId, basedOnVersionId: made.versionId }],
      [getAgreementOp, { agreementId: made.agreementId }],
    ] as const) {
      const result = await as(ours.a, op as AnyOperation, input);
      expect(result, op.name).toMatchObject({ ok: false, code: "not_found", error: "We couldn’t find that agreement in our shared space." });
    }
    await expectUnchanged(before);
  });

  it("refuses a decision on a version that was just countered", async () => {
    const c = await createCouple();
    const first = ok(await as(c.a, proposeAgreementOp, lateReply(c)));
    ok(await as(c.b, counterProposeOp, { ...lateReply(c), whose: "both", agreementId: first.agreementId, versionId: first.versionId }));
    const before = await snapshot();
    // A answers their own (now superseded) version; B tries to accept A's old one.
    for (const [user, op] of [[c.a, withdrawVersionOp], [c.b, acceptVersionOp], [c.b, declineVersionOp]] as const) {
      expect(await as(user, op, { agreementId: first.agreementId, versionId: first.versionId })).toMatchObject({
        ok: false,
        code: "conflict",
        error: "That proposal has already been answered or replaced. Here’s where things stand now.",
      });
    }
    await expectUnchanged(before);
  });

  it("refuses a change based on a version that is no longer the active one", async () => {
    const c = await createCouple();
    const made = ok(await as(c.a, proposeAgreementOp, pauseRule(10)));
    ok(await as(c.b, acceptVersionOp, { agreementId: made.agreementId, versionId: made.versionId }));
    const change = ok(await as(c.a, proposeChangeOp, { ...pauseRule(15), agreementId: made.agreementId, basedOnVersionId: made.versionId }));
    ok(await as(c.b, acceptVersionOp, { agreementId: made.agreementId, versionId: change.versionId }));
    const before = await snapshot();
    expect(await as(c.b, proposeChangeOp, { ...pauseRule(20), agreementId: made.agreementId, basedOnVersionId: made.versionId })).toMatchObject({
      ok: false,
      code: "conflict",
      error: expect.stringContaining("changed while you were looking"),
    });
    await expectUnchanged(before);
  });

  it("refuses a change of kind, missing ids and signed-out callers", async () => {
    const c = await createCouple();
    const made = ok(await as(c.a, proposeAgreementOp, pauseRule(10)));
    ok(await as(c.b, acceptVersionOp, { agreementId: made.agreementId, versionId: made.versionId }));
    const before = await snapshot();
    expect(await as(c.a, proposeChangeOp, { ...lateReply(c), agreementId: made.agreementId, basedOnVersionId: made.versionId })).toMatchObject({ ok: false, code: "bad_request" });
    expect(await as(c.a, acceptVersionOp, { agreementId: made.agreementId })).toMatchObject({ ok: false, code: "bad_request", fieldErrors: { versionId: [say("en", "agreements.validation.missingId")] } });
    expect(await executeOperation(proposeAgreementOp, pauseRule(10), anonymous)).toMatchObject({ ok: false, code: "unauthorized" });
    await expectUnchanged(before);
  });
});
