import { z } from "zod";
import { messageRef } from "../i18n/ref";
import { NOTE_MAX, OUTCOMES, REVIEW_MODES } from "./constants";

/**
 * What a client may send about the weekly review. Every id names a row the mutations look up with
 * the caller's coupleId; steps carry the step the sender was looking at, so a step sent from a
 * screen that is behind is refused instead of skipping one.
 */
export * from "./constants";

// Messages are catalogue keys (review.validation.*), said in the caller's language by executeOperation.
const id = (what: "review" | "item") => {
  const which = messageRef("review.validation.which", { what });
  return z.string({ error: which }).trim().min(1, which).max(64, messageRef("review.validation.unknown", { what }));
};
const whichStep = messageRef("review.validation.which", { what: "step" });
const step = z.coerce.number({ error: whichStep }).int(whichStep).min(0, "review.validation.beforeBeginning").max(500, "review.validation.tooFar");
const rating = "review.rating.choose";

export const StartReviewSchema = z.object({ mode: z.enum(REVIEW_MODES, { error: "review.validation.mode" }) }).strip();

/** No id: my couple's open review. With an id: that review of ours, open or finished (to catch up after it ended). */
export const SyncReviewSchema = z.object({ reviewId: id("review").optional() }).strip().default({});

export const ReviewRefSchema = z.object({ reviewId: id("review") }).strip();

export const RateSchema = z
  .object({
    reviewId: id("review"),
    itemId: id("item"),
    rating: z.coerce
      .number({ error: rating })
      .int(rating)
      .min(1, rating)
      .max(5, rating),
    note: z.string({ error: "review.validation.noteText" }).trim().max(NOTE_MAX, messageRef("review.validation.noteTooLong", { max: NOTE_MAX })).default(""),
  })
  .strip();

export const DecideSchema = z
  .object({
    reviewId: id("review"),
    itemId: id("item"),
    outcome: z.enum(OUTCOMES, { error: "review.validation.outcome" }),
  })
  .strip();

export const StepSchema = z
  .object({ reviewId: id("review"), from: step, to: step })
  .strip()
  .refine((s) => Math.abs(s.to - s.from) === 1, { message: "review.validation.oneStep", path: ["to"] });

export type StartReviewInput = z.output<typeof StartReviewSchema>;
export type SyncReviewInput = z.output<typeof SyncReviewSchema>;
export type ReviewRefInput = z.output<typeof ReviewRefSchema>;
export type RateInput = z.output<typeof RateSchema>;
export type DecideInput = z.output<typeof DecideSchema>;
export type StepInput = z.output<typeof StepSchema>;
