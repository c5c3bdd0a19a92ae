import { z } from "zod";
import { NOTE_MAX, OUTCOMES, REVIEW_MODES } from "./constants";

/**
 * What a client may send about the weekly review. Every id names a row the mutations look up with
 * the caller's coupleId; steps carry the step the sender was looking at, so a step sent from a
 * screen that is behind is refused instead of skipping one.
 */
export * from "./constants";

const id = (what: string) => z.string({ error: `Which ${what}? The request did not say.` }).trim().min(1, `Which ${what}? The request did not say.`).max(64, `Unknown ${what}.`);
const step = z.coerce.number({ error: "Which step? The request did not say." }).int("Which step? The request did not say.").min(0, "There’s no step before the beginning.").max(500, "There’s no step that far on.");

export const StartReviewSchema = z.object({ mode: z.enum(REVIEW_MODES, { error: "Please choose together or on my own." }) }).strip();

/** No id: my couple's open review. With an id: that review of ours, open or finished (to catch up after it ended). */
export const SyncReviewSchema = z.object({ reviewId: id("review").optional() }).strip().default({});

export const ReviewRefSchema = z.object({ reviewId: id("review") }).strip();

export const RateSchema = z
  .object({
    reviewId: id("review"),
    itemId: id("agreement in the review"),
    rating: z.coerce
      .number({ error: "Please choose how it went, from 1 to 5." })
      .int("Please choose how it went, from 1 to 5.")
      .min(1, "Please choose how it went, from 1 to 5.")
      .max(5, "Please choose how it went, from 1 to 5."),
    note: z.string({ error: "Please write the line as text." }).trim().max(NOTE_MAX, `Please keep the line to ${NOTE_MAX} characters or fewer.`).default(""),
  })
  .strip();

export const DecideSchema = z
  .object({
    reviewId: id("review"),
    itemId: id("agreement in the review"),
    outcome: z.enum(OUTCOMES, { error: "Please choose keep, revise or retire." }),
  })
  .strip();

export const StepSchema = z
  .object({ reviewId: id("review"), from: step, to: step })
  .strip()
  .refine((s) => Math.abs(s.to - s.from) === 1, { message: "One step at a time, please: next or back.", path: ["to"] });

export type StartReviewInput = z.output<typeof StartReviewSchema>;
export type SyncReviewInput = z.output<typeof SyncReviewSchema>;
export type ReviewRefInput = z.output<typeof ReviewRefSchema>;
export type RateInput = z.output<typeof RateSchema>;
export type DecideInput = z.output<typeof DecideSchema>;
export type StepInput = z.output<typeof StepSchema>;
