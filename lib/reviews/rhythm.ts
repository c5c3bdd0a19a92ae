import { dayNumber, fromDayNumber, localParts, nextOccurrence, zonedTimeToInstant } from "../agreements/cadence";
import type { CheckInContent } from "../agreements/schemas";
import { occurrenceAfter, occurrenceFor, periodOf, type Occurrence, type Rhythm } from "../checkins/rhythm";
import { REVIEW_DUE_AFTER_MS, REVIEW_DUE_BEFORE_MS, REVIEW_SOON_MS, REVIEW_WEEK_DAYS } from "./constants";

/**
 * When our weekly review is: the rhythm is the active check-in agreement whose purpose is REVIEW
 * (the "weekly review" template), read with the same occurrence rules as every check-in
 * (lib/checkins/rhythm.ts). Pure functions of the rhythm, the times reviews started and `now`.
 */
export type ReviewTiming =
  /** It is time: from half an hour before the agreed time until a day after, unless we started one for it. */
  | { kind: "due"; at: Date }
  /** The next one is within a day and we haven't done it early. */
  | { kind: "soon"; at: Date }
  | null;

/** The next agreed review time after `now` (lib/agreements/cadence.ts, as the calendar and Today read it). */
export function nextReviewAt(content: CheckInContent, anchor: Date, now: Date): Date | null {
  return nextOccurrence(content, now, anchor);
}

/**
 * Whether to remind us. A review started within an occurrence's period (a quarter of the way
 * back to the previous time, three quarters on to the next: the check-ins' rule) counts for it,
 * so reviewing on Saturday for a Sunday rhythm quiets Sunday's reminder.
 */
export function reviewTiming(rhythm: Rhythm, startedAts: readonly Date[], now: Date): ReviewTiming {
  const doneFor = (o: Occurrence) => {
    const { from, to } = periodOf(rhythm, o);
    return startedAts.some((t) => t >= from && t < to);
  };
  const t = now.getTime();
  const current = occurrenceFor(rhythm, now);
  if (current && !doneFor(current)) {
    const at = current.at.getTime();
    if (t >= at - REVIEW_DUE_BEFORE_MS && t < at + REVIEW_DUE_AFTER_MS) return { kind: "due", at: current.at };
  }
  const next = occurrenceAfter(rhythm, now);
  if (next.at.getTime() - t <= REVIEW_SOON_MS && !doneFor(next)) {
    return next.at.getTime() - t <= REVIEW_DUE_BEFORE_MS ? { kind: "due", at: next.at } : { kind: "soon", at: next.at };
  }
  return null;
}

/** The week a review looks back on: from local midnight six days before `now` until `now`. */
export function reviewWeek(now: Date, timeZone: string): { from: Date; to: Date } {
  const today = dayNumber(localParts(now.getTime(), timeZone));
  return { from: new Date(zonedTimeToInstant(fromDayNumber(today - (REVIEW_WEEK_DAYS - 1)), 0, 0, timeZone)), to: now };
}
