import { acceptVersionOp, proposeAgreementOp } from "@/lib/agreements/operations";
import { db } from "@/lib/db";
import type { OperationInput } from "@/lib/operations/registry";
import { decideOp, finishOp, rateOp, setAsideOp, startReviewOp, stepOp, syncReviewOp } from "@/lib/reviews/operations";
import { createCouple, type TestCouple, type TestUser } from "@/tests/factories";
import { as, checkIn, lateReply, ok, pauseRule } from "../agreements/helpers";

/** A linked couple with three agreements we both said yes to: a trigger → response, a pause rule and a check-in. */
export async function coupleWithAgreements(): Promise<{ c: TestCouple; agreementIds: string[] }> {
  const c = await createCouple();
  const agreementIds: string[] = [];
  for (const input of [lateReply(c), pauseRule(), checkIn(c)]) {
    const proposed = ok(await as(c.a, proposeAgreementOp, input));
    ok(await as(c.b, acceptVersionOp, { agreementId: proposed.agreementId, versionId: proposed.versionId }));
    agreementIds.push(proposed.agreementId);
  }
  return { c, agreementIds };
}

/** The review's verbs as a user, exactly as a server action would run them. */
export const review = {
  start: (u: TestUser, mode: "TOGETHER" | "ALONE" = "TOGETHER") => as(u, startReviewOp, { mode }),
  sync: (u: TestUser, input: OperationInput<"reviews.sync"> = {}) => as(u, syncReviewOp, input),
  rate: (u: TestUser, input: OperationInput<"reviews.rate"> | Record<string, unknown>) => as(u, rateOp, input),
  decide: (u: TestUser, input: OperationInput<"reviews.decide"> | Record<string, unknown>) => as(u, decideOp, input),
  step: (u: TestUser, input: OperationInput<"reviews.step"> | Record<string, unknown>) => as(u, stepOp, input),
  finish: (u: TestUser, reviewId: string) => as(u, finishOp, { reviewId }),
  setAside: (u: TestUser, reviewId: string) => as(u, setAsideOp, { reviewId }),
};

/** Everything a review write could touch, for "nothing was written" assertions. */
export async function reviewSnapshot(coupleId: string) {
  const where = { coupleId };
  const order = { orderBy: { id: "asc" as const } };
  const [reviews, items, ratings, events, agreements, versions] = await Promise.all([
    db.review.findMany({ where, ...order }),
    db.reviewItem.findMany({ where, ...order }),
    db.reviewRating.findMany({ where, ...order }),
    db.event.findMany({ where, ...order }),
    db.agreement.findMany({ where, ...order, omit: { updatedAt: true } }),
    db.agreementVersion.findMany({ where, ...order }),
  ]);
  return { reviews, items, ratings, events, agreements, versions };
}

/** Starts a together review and moves to its first agreement. */
export async function startedAtFirst(c: TestCouple) {
  const { review: started } = ok(await review.start(c.a));
  const { review: atFirst } = ok(await review.step(c.b, { reviewId: started.id, from: 0, to: 1 }));
  return atFirst;
}
