import { z } from "zod";
import { CHECK_IN_NOTE_MAX, RHYTHM_ANSWERS } from "./constants";

/**
 * Inputs of the check-in verbs, shared by the log form, the server and tests. Forms send strings
 * (FormData), scripts and tests may send numbers: both are accepted.
 */
const agreementId = z
  .string({ error: "checkins.errors.which" })
  .trim()
  .min(1, "checkins.errors.which")
  .max(64, "checkins.errors.unknown");

const FEELING_ERROR = "checkins.errors.feeling";
const WHEN_ERROR = "checkins.errors.when";

/** Milliseconds since 1970, or an ISO date-time; empty means "now". */
const happenedAt = z.preprocess(
  (v) => {
    if (v === undefined || v === null || v === "") return undefined;
    if (typeof v === "number") return new Date(v);
    if (typeof v === "string") return new Date(/^\d+$/.test(v.trim()) ? Number(v) : Date.parse(v));
    return v;
  },
  z
    .date({ error: WHEN_ERROR })
    .refine((d) => !Number.isNaN(d.getTime()), WHEN_ERROR)
    .optional(),
);

export const LogCheckInSchema = z.object({
  agreementId,
  happenedAt,
  feeling: z.coerce.number({ error: FEELING_ERROR }).int(FEELING_ERROR).min(1, FEELING_ERROR).max(5, FEELING_ERROR),
  note: z
    .string({ error: "checkins.errors.noteText" })
    .trim()
    .max(CHECK_IN_NOTE_MAX, "checkins.errors.noteLong")
    .default(""),
});

export const AnswerRhythmQuestionSchema = z.object({
  agreementId,
  answer: z.enum(RHYTHM_ANSWERS, { error: "checkins.errors.answer" }),
});

export type LogCheckInInput = z.output<typeof LogCheckInSchema>;
export type AnswerRhythmQuestionInput = z.output<typeof AnswerRhythmQuestionSchema>;
