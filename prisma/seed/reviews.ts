import type { RequestInfo } from "@/lib/operations/define";
import { executeOperation } from "@/lib/operations/execute";
import { decideOp, finishOp, rateOp, startReviewOp, stepOp } from "@/lib/reviews/operations";

const MINUTE = 60_000;

/**
 * A past weekly review, together, through the real verbs on its own clock: both rate every
 * agreement (a line now and then), keep each, and finish. `ratings` shifts the numbers so the
 * history's trends move a little from week to week.
 */
export async function seedReview(who: { a: RequestInfo; b: RequestInfo }, startsAt: Date, ratings: { a: number; b: number }) {
  let minute = 0;
  const at = (request: RequestInfo): RequestInfo => ({ ...request, clock: () => new Date(startsAt.getTime() + minute++ * MINUTE) });
  const ok = <T>(result: { ok: true; data: T } | { ok: false; error: string }, step: string): T => {
    if (!result.ok) throw new Error(`demo seed: review ${step} failed: ${result.error}`);
    return result.data;
  };
  const { review } = ok(await executeOperation(startReviewOp, { mode: "TOGETHER" }, at(who.a)), "start");
  for (const [i, item] of review.items.entries()) {
    ok(await executeOperation(stepOp, { reviewId: review.id, from: i, to: i + 1 }, at(i % 2 ? who.b : who.a)), "step");
    const a = Math.min(5, Math.max(1, ratings.a + ((i % 3) - 1)));
    const b = Math.min(5, Math.max(1, ratings.b + (((i + 1) % 3) - 1)));
    ok(await executeOperation(rateOp, { reviewId: review.id, itemId: item.id, rating: a, note: i === 0 ? "This really helped us this week." : "" }, at(who.a)), "rate");
    ok(await executeOperation(rateOp, { reviewId: review.id, itemId: item.id, rating: b, note: i === 1 ? "Harder than I thought, still worth it." : "" }, at(who.b)), "rate");
    ok(await executeOperation(decideOp, { reviewId: review.id, itemId: item.id, outcome: "KEEP" }, at(who.a)), "decide");
  }
  ok(await executeOperation(stepOp, { reviewId: review.id, from: review.items.length, to: review.items.length + 1 }, at(who.a)), "wrap-up");
  ok(await executeOperation(finishOp, { reviewId: review.id }, at(who.b)), "finish");
}
