/**
 * Check-in numbers and words, in one zod- and database-free module that screens and the server both
 * import. No streaks, no scores: a feeling is a word first, its number second.
 */

/** "How it felt for me", 1 to 5 (also a CHECK in the database). Words people would say. */
export const FEELINGS = [
  { value: 1, word: "Hard" },
  { value: 2, word: "A bit hard" },
  { value: 3, word: "Okay" },
  { value: 4, word: "Good" },
  { value: 5, word: "Really good" },
] as const;

export type Feeling = (typeof FEELINGS)[number]["value"];

export function feelingWord(value: number): string {
  return FEELINGS.find((f) => f.value === value)?.word ?? "—";
}

/** A note both of us can read (also a CHECK in the database). */
export const CHECK_IN_NOTE_MAX = 400;

/** A log may say it happened a little in the future: phones' clocks drift. */
export const FUTURE_SLACK_MS = 5 * 60_000;

/** "Does this rhythm still fit us?" is asked about a missed check-in for this long after its time… */
export const QUESTION_WINDOW_MS = 7 * 86_400_000;
/** …and, once answered, not again about the same agreement for this long (a daily rhythm asks weekly at most). */
export const QUESTION_QUIET_MS = 7 * 86_400_000;

/** What an active CHECK_IN agreement is for: a check-in we log here, or the weekly review's rhythm. */
export type RhythmPurpose = "CHECK_IN" | "REVIEW";

export const RHYTHM_ANSWERS = ["STILL_FITS", "PROPOSE_CHANGE"] as const;
export type RhythmAnswerKind = (typeof RHYTHM_ANSWERS)[number];
