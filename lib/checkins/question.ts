import { localParts } from "../agreements/cadence";
import { QUESTION_QUIET_MS, QUESTION_WINDOW_MS } from "./constants";
import { DUE_AFTER_MS, dueState } from "./due";
import { occurrenceAtOrBefore, type Occurrence, type Rhythm } from "./rhythm";

/**
 * "Does this rhythm still fit us?" — asked once, gently, after a check-in slipped by. Pure: the
 * caller reads the logged keys and my earlier answers. It asks about the latest occurrence whose
 * due window has closed, when that one was not logged, and only:
 * - within a week of it (an old miss is not worth raising);
 * - while nothing is due right now (the moment is for the check-in, not for doubts);
 * - while no change to the agreement is already waiting for an answer;
 * - if I have not answered about it, nor about this agreement in the last week (so a daily rhythm
 *   asks at most once a week, never every evening).
 */
export interface QuestionInputs {
  logged: Iterable<string>;
  /** My answers about this agreement (at least those of the last QUESTION_QUIET_MS). */
  answers: readonly { occurrenceKey: string; answeredAt: Date }[];
  pendingChange: boolean;
  now: Date;
}

export function findQuestion(rhythm: Rhythm, { logged, answers, pendingChange, now }: QuestionInputs): Occurrence | null {
  if (pendingChange) return null;
  const t = now.getTime();
  const last = occurrenceAtOrBefore(rhythm, new Date(t - DUE_AFTER_MS));
  if (!last || t - last.at.getTime() > QUESTION_WINDOW_MS) return null;
  const keys = new Set(logged);
  if (keys.has(last.key)) return null;
  if (dueState(rhythm, keys, now).state === "due") return null;
  if (answers.some((a) => a.occurrenceKey === last.key || t - a.answeredAt.getTime() < QUESTION_QUIET_MS)) return null;
  return last;
}

/** How far back the logged keys and answers must reach for findQuestion and a month's tally. */
export const LOOKBACK_MS = 70 * 86_400_000;

/** The occurrence key (local date in the rhythm's zone) of an instant: keys compare as strings. */
export function keyAt(at: Date, timeZone: string): string {
  const p = localParts(at.getTime(), timeZone);
  const pad = (v: number, w = 2) => String(v).padStart(w, "0");
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}
