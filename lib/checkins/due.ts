import { occurrenceAfter, occurrenceFor, type Occurrence, type Rhythm } from "./rhythm";

/**
 * Whether a check-in is due, as a gentle reminder reads it: no streaks, no red badges. "Missed"
 * only means the moment passed without a log; a log later in the occurrence's period (see
 * rhythm.ts) still keeps it, and the app asks once whether the rhythm still fits.
 */

/** A check-in is "due" from half an hour before its time… */
export const DUE_BEFORE_MS = 30 * 60_000;
/** …until three hours after. Occurrences are at least a day apart, so this stays inside the period. */
export const DUE_AFTER_MS = 3 * 3_600_000;

export type OccurrenceStatus = "upcoming" | "due" | "kept" | "missed";

export type DueState =
  /** Nothing to do yet: `next` is the coming check-in. */
  { state: "upcoming"; next: Occurrence } | { state: "due" | "kept" | "missed"; occurrence: Occurrence; next: Occurrence };

/** One occurrence's status at `now`, given the keys of the check-ins we logged. */
export function statusOf(occurrence: Occurrence, logged: ReadonlySet<string>, now: Date): OccurrenceStatus {
  if (logged.has(occurrence.key)) return "kept";
  const t = now.getTime();
  const at = occurrence.at.getTime();
  if (t < at - DUE_BEFORE_MS) return "upcoming";
  return t < at + DUE_AFTER_MS ? "due" : "missed";
}

/**
 * Where the rhythm stands at `now`: about the occurrence whose period holds `now`, so a missed
 * check-in stays "missed" until its period ends and then gives way to the next one.
 */
export function dueState(rhythm: Rhythm, logged: Iterable<string>, now: Date): DueState {
  const current = occurrenceFor(rhythm, now);
  if (!current) return { state: "upcoming", next: occurrenceAfter(rhythm, now) };
  const status = statusOf(current, new Set(logged), now);
  if (status === "upcoming") return { state: "upcoming", next: current };
  return { state: status, occurrence: current, next: occurrenceAfter(rhythm, current.at) };
}
