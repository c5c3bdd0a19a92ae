import { describe, expect, it } from "vitest";
import { exportDataOp } from "@/lib/accounts/operations";
import { acceptVersionOp } from "@/lib/agreements/operations";
import { countWaitingFor, getAgreementDetail } from "@/lib/agreements/queries";
import { db } from "@/lib/db";
import { getRatingTrends, getReviewSummary, listPastReviews } from "@/lib/reviews/queries";
import { startPause } from "@/lib/pause/mutations";
import { as, ok } from "../agreements/helpers";
import { coupleWithAgreements, review, startedAtFirst } from "./helpers";

describe("the weekly review, together", () => {
  it("walks every agreement: ratings revealed together, then keep, revise or retire; the summary is saved", async () => {
    const { c, agreementIds } = await coupleWithAgreements();
    await startPause({ userId: c.a.id, coupleId: c.id, sessionId: c.a.sessionId });
    const { review: started, created } = ok(await review.start(c.a));
    expect(created).toBe(true);
    expect(started).toMatchObject({ mode: "TOGETHER", step: 0, startedById: c.a.id, finishedAt: null });
    expect(started.items.map((i) => [i.position, i.kind])).toEqual([
      [1, "CHECK_IN"],
      [2, "TRIGGER_RESPONSE"],
      [3, "PAUSE_RULE"],
    ]);
    expect(new Set(started.items.map((i) => i.agreementId))).toEqual(new Set(agreementIds));

    // B taps "Start" too: the same review, joined.
    const joined = ok(await review.start(c.b));
    expect(joined).toMatchObject({ created: false, review: { id: started.id } });

    const [first, second, third] = started.items;
    let view = ok(await review.step(c.b, { reviewId: started.id, from: 0, to: 1 })).review;
    expect(view.step).toBe(1);

    // A rates first: A sees their own; B learns only that A has rated.
    view = ok(await review.rate(c.a, { reviewId: started.id, itemId: first!.id, rating: 4, note: "Our evenings felt easier" })).review;
    expect(view.items[0]).toMatchObject({ mine: { rating: 4, note: "Our evenings felt easier" }, partner: null, partnerHasRated: false });
    const bBefore = ok(await review.sync(c.b)).review!;
    expect(bBefore.items[0]).toMatchObject({ mine: null, partner: null, partnerHasRated: true });
    expect(JSON.stringify(bBefore)).not.toContain("evenings felt easier");

    // B rates: both are revealed together.
    view = ok(await review.rate(c.b, { reviewId: started.id, itemId: first!.id, rating: 2 })).review;
    expect(view.items[0]).toMatchObject({ mine: { rating: 2, note: "" }, partner: { rating: 4, note: "Our evenings felt easier" } });
    expect(ok(await review.sync(c.a)).review!.items[0]).toMatchObject({ mine: { rating: 4 }, partner: { rating: 2 } });

    ok(await review.decide(c.a, { reviewId: started.id, itemId: first!.id, outcome: "KEEP" }));
    ok(await review.step(c.a, { reviewId: started.id, from: 1, to: 2 }));

    // The late reply: revise sends its maker to the change form; the proposal then waits for B.
    ok(await review.rate(c.a, { reviewId: started.id, itemId: second!.id, rating: 3 }));
    ok(await review.rate(c.b, { reviewId: started.id, itemId: second!.id, rating: 3 }));
    const revised = ok(await review.decide(c.b, { reviewId: started.id, itemId: second!.id, outcome: "REVISE" }));
    expect(revised.href).toBe(`/agreements/${second!.agreementId}/change?from=review`);
    ok(await review.step(c.b, { reviewId: started.id, from: 2, to: 3 }));

    // The pause rule: retire proposes the retirement at once; A still has to say yes to it.
    ok(await review.rate(c.a, { reviewId: started.id, itemId: third!.id, rating: 1, note: "Ten minutes feels too short" }));
    ok(await review.rate(c.b, { reviewId: started.id, itemId: third!.id, rating: 2 }));
    const retired = ok(await review.decide(c.b, { reviewId: started.id, itemId: third!.id, outcome: "RETIRE" })).review.items[2]!;
    expect(retired).toMatchObject({ outcome: "RETIRE", decidedById: c.b.id, agreement: { status: "ACTIVE", pending: { action: "RETIRE", proposedById: c.b.id } } });
    expect(await countWaitingFor(c.id, c.a.id)).toBe(1);
    ok(await as(c.a, acceptVersionOp, { agreementId: third!.agreementId, versionId: retired.agreement.pending!.versionId }));
    expect((await getAgreementDetail(c.id, third!.agreementId))?.status).toBe("RETIRED");

    ok(await review.step(c.a, { reviewId: started.id, from: 3, to: 4 }));
    const finished = ok(await review.finish(c.b, started.id)).review;
    expect(finished).toMatchObject({ completed: true, step: 4 });
    expect(finished.finishedAt).not.toBeNull();

    // The saved summary: the outcomes, both ratings, and the week at a glance as it stood.
    const summary = await getReviewSummary(c.id, started.id, c.a.id);
    expect(summary?.view.items.map((i) => i.outcome)).toEqual(["KEEP", "REVISE", "RETIRE"]);
    expect(summary?.glance?.pauses).toEqual([{ day: expect.any(String), ended: "open" }]);
    expect(summary?.glance?.proposals.accepted).toBe(3);
    expect(summary?.glance?.checkIns.map((x) => x.title)).toEqual(["How today felt"]);

    const events = await db.event.findMany({ where: { coupleId: c.id, type: { startsWith: "reviews." } }, orderBy: { createdAt: "asc" }, select: { type: true, data: true } });
    expect(events.map((e) => e.type)).toEqual(["reviews.started", "reviews.decided", "reviews.decided", "reviews.decided", "reviews.finished"]);
    // The timeline holds ids and outcomes, never ratings or their lines.
    expect(JSON.stringify(events)).not.toMatch(/too short|rating/);

    // History and trends: one week, both our ratings per agreement.
    expect((await listPastReviews(c.id, c.b.id)).map((r) => r.id)).toEqual([started.id]);
    const trends = await getRatingTrends(c.id, c.b.id);
    expect(trends.reviews).toHaveLength(1);
    expect(trends.series.find((s) => s.agreementId === first!.agreementId)).toMatchObject({ mine: [2], partner: [4] });
  });

  it("a partner who comes back sees the review where it is now, from the database", async () => {
    const { c } = await coupleWithAgreements();
    const atFirst = await startedAtFirst(c);
    ok(await review.rate(c.a, { reviewId: atFirst.id, itemId: atFirst.items[0]!.id, rating: 5 }));
    const again = ok(await review.sync(c.a)).review!;
    expect(again).toMatchObject({ id: atFirst.id, step: 1, version: atFirst.version + 1 });
    expect(again.items[0]!.mine).toEqual({ rating: 5, note: "" });
    // With its id, a finished review can still be caught up with.
    ok(await review.setAside(c.b, atFirst.id));
    expect(ok(await review.sync(c.a)).review).toBeNull();
    expect(ok(await review.sync(c.a, { reviewId: atFirst.id })).review).toMatchObject({ completed: false });
    expect(ok(await review.sync(c.a, { reviewId: atFirst.id })).review!.finishedAt).not.toBeNull();
  });

  it("the same decision twice is fine and writes once; mine can change until both of us rated", async () => {
    const { c } = await coupleWithAgreements();
    const atFirst = await startedAtFirst(c);
    const item = atFirst.items[0]!;
    ok(await review.rate(c.a, { reviewId: atFirst.id, itemId: item.id, rating: 2 }));
    ok(await review.rate(c.a, { reviewId: atFirst.id, itemId: item.id, rating: 3, note: "Second thoughts" }));
    ok(await review.rate(c.b, { reviewId: atFirst.id, itemId: item.id, rating: 4 }));
    const [a, b] = await Promise.all([
      review.decide(c.a, { reviewId: atFirst.id, itemId: item.id, outcome: "KEEP" }),
      review.decide(c.b, { reviewId: atFirst.id, itemId: item.id, outcome: "KEEP" }),
    ]);
    expect(ok(a).review.items[0]).toMatchObject({ outcome: "KEEP", partner: { rating: 4 }, mine: { rating: 3, note: "Second thoughts" } });
    expect(ok(b).review.items[0]!.outcome).toBe("KEEP");
    expect(await db.event.count({ where: { coupleId: c.id, type: "reviews.decided" } })).toBe(1);
  });
});

describe("the weekly review in a data export", () => {
  it("holds our reviews as I can see them: never a rating only my partner has given", async () => {
    const { c } = await coupleWithAgreements();
    const r = await startedAtFirst(c);
    ok(await review.rate(c.b, { reviewId: r.id, itemId: r.items[0]!.id, rating: 1, note: "Not yet shared" }));
    const forA = ok(await as(c.a, exportDataOp, {}));
    expect(forA.couple?.weeklyReviews).toEqual([expect.objectContaining({ mode: "TOGETHER", startedBy: "me", completed: false })]);
    expect(JSON.stringify(forA)).not.toContain("Not yet shared");
    const forB = ok(await as(c.b, exportDataOp, {}));
    expect(forB.couple?.weeklyReviews?.[0]?.agreements[0]).toMatchObject({ myRating: { rating: 1, note: "Not yet shared" }, partnerRating: null });
  });
});

describe("the weekly review, alone", () => {
  it("is marked as alone, and never shows a rating the absent partner did not give", async () => {
    const { c } = await coupleWithAgreements();
    const { review: started } = ok(await review.start(c.a, "ALONE"));
    expect(started.mode).toBe("ALONE");
    ok(await review.step(c.a, { reviewId: started.id, from: 0, to: 1 }));
    for (const [i, item] of started.items.entries()) {
      const view = ok(await review.rate(c.a, { reviewId: started.id, itemId: item.id, rating: 3 + (i % 2), note: `Alone ${i}` })).review;
      expect(view.items[i]).toMatchObject({ mine: { rating: 3 + (i % 2) }, partner: null, partnerHasRated: false });
      ok(await review.decide(c.a, { reviewId: started.id, itemId: item.id, outcome: "KEEP" }));
      ok(await review.step(c.a, { reviewId: started.id, from: i + 1, to: i + 2 }));
    }
    // B can't take part, and sees none of A's ratings while it runs.
    const refused = await review.rate(c.b, { reviewId: started.id, itemId: started.items[0]!.id, rating: 1 });
    expect(refused).toMatchObject({ ok: false, code: "forbidden", error: `${c.a.name} is looking back on this week on their own. You’ll both see the summary when they’re done.` });
    expect(await review.start(c.b)).toMatchObject({ ok: false, code: "conflict" });
    const duringForB = ok(await review.sync(c.b)).review!;
    expect(duringForB.items.every((i) => i.mine === null && i.partner === null && !i.partnerHasRated)).toBe(true);
    expect(JSON.stringify(duringForB)).not.toContain("Alone 0");

    ok(await review.finish(c.a, started.id));
    // Afterwards B reads A's ratings as A's; B has none, and no zero stands in for them.
    const after = (await getReviewSummary(c.id, started.id, c.b.id))!.view;
    expect(after.items[0]).toMatchObject({ mine: null, partner: { rating: 3, note: "Alone 0" } });
    const mineForA = (await getReviewSummary(c.id, started.id, c.a.id))!.view;
    expect(mineForA.items.every((i) => i.partner === null)).toBe(true);
    const trends = await getRatingTrends(c.id, c.a.id);
    expect(trends.series[0]!.partner).toEqual([null]);
    expect(trends.reviews[0]!.mode).toBe("ALONE");
  });
});
