import { describe, expect, it } from "vitest";
import { acceptVersionOp, proposeAgreementOp, proposeChangeOp } from "@/lib/agreements/operations";
import { db } from "@/lib/db";
import { logCheckInOp } from "@/lib/checkins/operations";
import { executeOperation } from "@/lib/operations/execute";
import { setAsideOp, startReviewOp } from "@/lib/reviews/operations";
import { reviewNear } from "@/lib/reviews/queries";
import { weekGlance } from "@/lib/reviews/glance";
import { createCouple } from "@/tests/factories";
import { as, checkIn, ok } from "../agreements/helpers";
import { coupleWithAgreements, review } from "./helpers";

const reviewRhythm = (c: Parameters<typeof checkIn>[0]) => ({ ...checkIn(c), about: "How our week went", days: ["SUN"], time: "18:00", purpose: "REVIEW" });

/** Agrees a rhythm and dates its acceptance, so occurrences are counted from a known day. */
async function agree(c: Awaited<ReturnType<typeof createCouple>>, input: Record<string, unknown>, acceptedAt: Date) {
  const proposed = ok(await as(c.a, proposeAgreementOp, input));
  ok(await as(c.b, acceptVersionOp, { agreementId: proposed.agreementId, versionId: proposed.versionId }));
  await db.agreementVersion.update({ where: { id: proposed.versionId }, data: { decidedAt: acceptedAt, proposedAt: acceptedAt } });
  return proposed;
}

describe("our weekly review's rhythm", () => {
  it("there is one: a second review rhythm is refused, a change to the one we have is fine", async () => {
    const c = await createCouple();
    const first = await agree(c, reviewRhythm(c), new Date("2026-11-23T10:00:00Z"));
    const before = await db.agreementVersion.count({ where: { coupleId: c.id } });
    expect(await as(c.a, proposeAgreementOp, reviewRhythm(c))).toEqual({
      ok: false,
      code: "conflict",
      error: "We already have a rhythm for our weekly review. You can propose a change to it instead.",
    });
    // An ordinary check-in can't be turned into a second review rhythm either.
    const daily = await agree(c, checkIn(c), new Date("2026-11-23T10:00:00Z"));
    expect(await as(c.a, proposeChangeOp, { ...reviewRhythm(c), agreementId: daily.agreementId, basedOnVersionId: daily.versionId })).toMatchObject({ ok: false, code: "conflict" });
    expect(await db.agreementVersion.count({ where: { coupleId: c.id } })).toBe(before + 1);
    ok(await as(c.a, proposeChangeOp, { ...reviewRhythm(c), time: "19:00", agreementId: first.agreementId, basedOnVersionId: first.versionId }));
  });

  it("reminds us: soon the day before, due at its time, quiet once we started, and open while one runs", async () => {
    const c = await createCouple();
    await agree(c, reviewRhythm(c), new Date("2026-11-09T10:00:00Z"));
    const sunday = new Date("2026-11-29T17:00:00Z");
    expect(await reviewNear(c.id, new Date("2026-11-26T12:00:00Z"))).toBeNull();
    expect(await reviewNear(c.id, new Date("2026-11-28T20:00:00Z"))).toMatchObject({ kind: "soon", at: sunday });
    expect(await reviewNear(c.id, new Date("2026-11-29T17:05:00Z"))).toMatchObject({ kind: "due", at: sunday });

    // A review on Wednesday belongs to last Sunday's time: Sunday's reminder still stands.
    const wednesday = { ...c.a.request, clock: () => new Date("2026-11-25T12:00:00Z") };
    const started = ok(await executeOperation(startReviewOp, { mode: "TOGETHER" }, wednesday)).review;
    expect(await reviewNear(c.id, new Date("2026-11-29T17:05:00Z"))).toMatchObject({ kind: "open", reviewId: started.id, mode: "TOGETHER", startedById: c.a.id });
    ok(await executeOperation(setAsideOp, { reviewId: started.id }, wednesday));
    expect(await reviewNear(c.id, new Date("2026-11-29T17:05:00Z"))).toMatchObject({ kind: "due" });
    const onTime = { ...c.b.request, clock: () => new Date("2026-11-29T17:01:00Z") };
    ok(await executeOperation(startReviewOp, { mode: "TOGETHER" }, onTime));
    await db.review.updateMany({ where: { coupleId: c.id }, data: { finishedAt: new Date("2026-11-29T18:00:00Z") } });
    expect(await reviewNear(c.id, new Date("2026-11-29T19:00:00Z"))).toBeNull();
  });

  it("no rhythm, no reminder (but an open review still shows)", async () => {
    const { c } = await coupleWithAgreements();
    expect(await reviewNear(c.id, new Date())).toBeNull();
    const started = ok(await review.start(c.b, "ALONE")).review;
    expect(await reviewNear(c.id, new Date())).toMatchObject({ kind: "open", reviewId: started.id, mode: "ALONE" });
  });
});

describe("the week at a glance, from the database", () => {
  it("tallies check-ins per rhythm (not the review's own), pauses and proposals decided in the week only", async () => {
    const c = await createCouple();
    const monday = new Date("2026-11-23T10:00:00Z");
    const rhythm = await agree(c, { ...checkIn(c), days: ["TUE", "THU"] }, monday);
    await agree(c, reviewRhythm(c), monday);
    const window = { from: new Date("2026-11-22T23:00:00Z"), to: new Date("2026-11-29T17:00:00Z") };
    await db.pause.createMany({
      data: [
        { coupleId: c.id, startedAt: new Date("2026-11-24T19:00:00Z"), endsAt: new Date("2026-11-24T19:10:00Z"), minutes: 10, endedAt: new Date("2026-11-24T19:10:00Z"), endReason: "EXPIRED" },
        { coupleId: c.id, startedAt: new Date("2026-11-26T19:00:00Z"), endsAt: new Date("2026-11-26T19:10:00Z"), minutes: 10, endedAt: new Date("2026-11-26T19:04:00Z"), endReason: "ENDED_EARLY" },
        { coupleId: c.id, startedAt: new Date("2026-11-20T19:00:00Z"), endsAt: new Date("2026-11-20T19:10:00Z"), minutes: 10, endedAt: new Date("2026-11-20T19:10:00Z"), endReason: "EXPIRED" },
      ],
    });
    // The two acceptances were made now (the real clock): date them inside the window.
    await db.agreementVersion.updateMany({ where: { coupleId: c.id }, data: { decidedAt: monday } });
    // Thursday's check-in was logged (late that evening), Tuesday's was not.
    const logged = await executeOperation(logCheckInOp, { agreementId: rhythm.agreementId, feeling: 4 }, { ...c.a.request, clock: () => new Date("2026-11-26T20:40:00Z") });
    expect(logged.ok).toBe(true);
    const glance = await weekGlance(c.id, window, window.to, "Europe/Berlin");
    expect(glance.checkIns).toEqual([
      {
        agreementId: rhythm.agreementId,
        title: "How today felt",
        planned: 2,
        kept: 1,
        occurrences: [
          { key: "2026-11-24", at: Date.parse("2026-11-24T18:30:00Z"), status: "missed" },
          { key: "2026-11-26", at: Date.parse("2026-11-26T18:30:00Z"), status: "kept" },
        ],
      },
    ]);
    expect(glance.pauses).toEqual([
      { day: "2026-11-24", ended: "full" },
      { day: "2026-11-26", ended: "early" },
    ]);
    expect(glance.proposals).toEqual({ accepted: 2, retired: 0, declined: 0, withdrawn: 0, countered: 0 });
    expect(glance.days).toHaveLength(7);
  });
});
