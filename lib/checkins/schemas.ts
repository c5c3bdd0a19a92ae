import { z } from "zod";
import { CHECK_IN_NOTE_MAX, RHYTHM_ANSWERS } from "./constants";

/**
 * Inputs of the check-in verbs, shared by the log form, the server and tests. Forms send strings
 * (FormData), scripts and tests may send numbers: both are accepted.
 */
const agreementId = z
  .string({ error: "Please choose which check-in." })
  .trim()
  .min(1, "Please choose which check-in.")
  .max(64, "We couldn’t find that check-in.");

const FEELING_ERROR = "Please choose how it felt for you, from 1 to 5.";
const WHEN_ERROR = "Please give a date and time, like 2026-12-01 19:30.";

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
    .string({ error: "Please write the note as text." })
    .trim()
    .max(CHECK_IN_NOTE_MAX, `Please keep the note to ${CHECK_IN_NOTE_MAX} characters or fewer.`)
    .default(""),
});

export const AnswerRhythmQuestionSchema = z.object({
  agreementId,
  answer: z.enum(RHYTHM_ANSWERS, { error: "Please choose “It still fits” or “Propose a change”." }),
});

export type LogCheckInInput = z.output<typeof LogCheckInSchema>;
export type AnswerRhythmQuestionInput = z.output<typeof AnswerRhythmQuestionSchema>;
