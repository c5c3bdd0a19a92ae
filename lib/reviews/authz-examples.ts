/**
 * Test data for the authorization matrix (tests/integration/authz), kept beside the verbs it aims
 * at so that a new verb is a change to one folder. For each operation: inputs aimed at the victim
 * couple; the first one is also what the couple itself sends. Typed by this domain's list, so a
 * verb without examples fails the type check.
 */
import type { MatrixExamples } from "@/tests/integration/authz/world";
import type { reviewOperations } from "./operations";

export const reviewExamples: MatrixExamples<typeof reviewOperations> = {
  "reviews.start": () => [{ mode: "TOGETHER" }, { mode: "ALONE" }],
  "reviews.sync": (w) => [{}, { reviewId: w.reviewId }],
  "reviews.rate": (w) => [{ reviewId: w.reviewId, itemId: w.reviewItemId, rating: 2, note: "Trying to rate someone else's week" }],
  "reviews.decide": (w) => [
    { reviewId: w.reviewId, itemId: w.reviewItemId, outcome: "KEEP" },
    { reviewId: w.reviewId, itemId: w.reviewItemId, outcome: "RETIRE" },
  ],
  "reviews.step": (w) => [
    { reviewId: w.reviewId, from: 1, to: 0 },
    { reviewId: w.reviewId, from: 1, to: 2 },
  ],
  "reviews.finish": (w) => [{ reviewId: w.reviewId }],
  "reviews.setAside": (w) => [{ reviewId: w.reviewId }],
};
