import { dayNumber, fromDayNumber, localParts, weekdayOf, zonedTimeToInstant } from "../agreements/cadence";
import { statusOf, type OccurrenceStatus } from "./due";
import { occurrencesBetween, type Occurrence, type Rhythm } from "./rhythm";

/** A half-open stretch of time [from, to). */
export interface Window {
  from: Date;
  to: Date;
}

export interface Tally {
  /**
   * Occurrences planned in the window whose time has come (due, kept or missed): the N of "kept K
   * of the N we planned". Future ones are left out, so early in a month nobody reads "0 of 30".
   */
  planned: number;
  kept: number;
  /** Past their due window with no log (a late log turns one back into kept). */
  missed: number;
  occurrences: { occurrence: Occurrence; status: OccurrenceStatus }[];
}

/**
 * "Kept 3 of the 4 we planned this month": every occurrence planned in the window with its status.
 * A check-in counts once however often it was logged, since logs are stored by occurrence key.
 */
export function tally(rhythm: Rhythm, logged: Iterable<string>, window: Window, now: Date): Tally {
  const keys = new Set(logged);
  const occurrences = occurrencesBetween(rhythm, window.from, window.to).map((occurrence) => ({
    occurrence,
    status: statusOf(occurrence, keys, now),
  }));
  const count = (status: OccurrenceStatus) => occurrences.filter((o) => o.status === status).length;
  return { planned: occurrences.length - count("upcoming"), kept: count("kept"), missed: count("missed"), occurrences };
}

/** The calendar month holding `at`, from local midnight on the 1st, in a time zone. */
export function monthWindow(at: Date, timeZone: string): Window {
  const { year, month } = localParts(at.getTime(), timeZone);
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return { from: midnight({ year, month, day: 1 }, timeZone), to: midnight({ ...next, day: 1 }, timeZone) };
}

/** The Monday-to-Sunday week holding `at`, from local midnight, in a time zone (the review week). */
export function weekWindow(at: Date, timeZone: string): Window {
  const today = dayNumber(localParts(at.getTime(), timeZone));
  const monday = today - weekdayOf(today);
  return { from: midnight(fromDayNumber(monday), timeZone), to: midnight(fromDayNumber(monday + 7), timeZone) };
}

/** Where a zone skips midnight (e.g. America/Santiago in spring), the day starts when the clocks jump. */
function midnight(date: { year: number; month: number; day: number }, timeZone: string): Date {
  return new Date(zonedTimeToInstant(date, 0, 0, timeZone));
}
