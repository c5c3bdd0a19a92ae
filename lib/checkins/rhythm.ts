import { dayNumber, fromDayNumber, isValidTimeZone, localParts, meetsOn, zonedTimeToInstant, type Cadence } from "../agreements/cadence";

/**
 * lib/checkins — the rhythm of an active check-in agreement, as pure functions of its cadence, the
 * instant it became active (the anchor), the check-ins we logged and `now`. No clock, no database:
 * the operations that store check-ins call these with rows they have read.
 *
 * Occurrences. A check-in is a wall-clock time in the agreement's zone ("Tuesdays 19:30, Berlin"),
 * computed by lib/agreements/cadence.ts (DST-compatible: a skipped time moves forward by the gap,
 * a repeated time is the first one — RFC 5545 §3.3.5 says the same). Only occurrences strictly after
 * the anchor count: a rhythm agreed at 19:45 has not "planned" that evening's 19:30.
 *
 * Occurrence key. Logging twice for one occurrence must be one check-in, so every log maps to one
 * occurrence and is stored under its key (a unique index on agreement + key makes a second tap a
 * no-op). The key is the occurrence's planned *local date* in the agreement's zone, "2026-03-29":
 * a cadence meets at most once a day, and a date survives what an instant does not (a time-zone
 * data update moving a future planned instant, a DST shift moving 02:30 to 03:30).
 *
 * Which occurrence a log belongs to: each occurrence owns the stretch of time from a quarter of the
 * way back to the previous one until three quarters of the way on to the next one. We chose this
 * over "the nearest planned time" and "the period that starts at the planned time" because couples
 * log late far more often than early: "we talked last night" tapped at 9:00 must count for
 * yesterday's 19:30 (nearest would give it to tonight), while a weekly Sunday check-in done on
 * Saturday must count for this Sunday (a period starting at the planned time would give it to last
 * week). The boundary is on instants, so it moves with DST by at most a quarter of the shift, and
 * every log between two boundaries gets the same key whatever the clocks did.
 */
export interface Rhythm {
  cadence: Cadence;
  /** When the agreement (this version of it) became active. */
  anchor: Date;
}

export interface Occurrence {
  /** The planned local date in the agreement's zone, YYYY-MM-DD: what a logged check-in is stored under. */
  key: string;
  /** The planned instant. */
  at: Date;
}

const DAY_LIMITS = { DAY: 30, WEEK: 8 } as const;
const WEEK_ORDER = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];
/** Longest window occurrencesBetween will list: a few years of daily check-ins is still small. */
const MAX_WINDOW_DAYS = 4000;

/**
 * Checks a cadence read from storage and returns the rhythm the other functions take. Throws a
 * RangeError naming the field for a cadence that could never have passed the CHECK_IN schema.
 */
export function rhythmOf(cadence: Cadence, anchor: Date): Rhythm {
  const fail = (what: string) => {
    throw new RangeError(`Check-in rhythm: ${what}.`);
  };
  if (!(anchor instanceof Date) || Number.isNaN(anchor.getTime())) fail("the start is not a valid date");
  if (cadence.unit !== "DAY" && cadence.unit !== "WEEK") fail(`unit must be DAY or WEEK, not ${String(cadence.unit)}`);
  const max = DAY_LIMITS[cadence.unit];
  if (!Number.isInteger(cadence.every) || cadence.every < 1 || cadence.every > max) fail(`every must be a whole number from 1 to ${max}`);
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(cadence.time)) fail(`time must look like 19:30, not ${JSON.stringify(cadence.time)}`);
  if (!isValidTimeZone(cadence.timeZone)) fail(`unknown time zone ${JSON.stringify(cadence.timeZone)}`);
  const unknown = cadence.days.find((d) => !WEEK_ORDER.includes(d));
  if (unknown) fail(`unknown weekday ${JSON.stringify(unknown)}`);
  const days = cadence.unit === "DAY" ? [] : WEEK_ORDER.filter((d) => cadence.days.includes(d));
  if (cadence.unit === "WEEK" && days.length === 0) fail("a weekly rhythm needs at least one day");
  const { unit, every, time, timeZone } = cadence;
  return { cadence: { unit, every, days, time, timeZone }, anchor: new Date(anchor.getTime()) };
}

/** The occurrences planned in [from, to), in order. */
export function occurrencesBetween(rhythm: Rhythm, from: Date, to: Date): Occurrence[] {
  if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * 86_400_000)
    throw new RangeError(`Check-in rhythm: a window of at most ${MAX_WINDOW_DAYS} days, please.`);
  const out: Occurrence[] = [];
  const start = startDay(rhythm);
  // A planned instant lies within an hour of its local day, so one day of margin each side is plenty.
  for (let n = Math.max(start, localDay(rhythm, from) - 1); n <= localDay(rhythm, to) + 1; n++) {
    const o = occurrenceOn(rhythm, n, start);
    if (o && o.at >= from && o.at < to) out.push(o);
  }
  return out;
}

/** The first occurrence strictly after `t` (there always is one for a checked rhythm). */
export function occurrenceAfter(rhythm: Rhythm, t: Date): Occurrence {
  const start = startDay(rhythm);
  const first = Math.max(start, localDay(rhythm, t) - 1);
  for (let n = first; n <= first + maxGapDays(rhythm) + 2; n++) {
    const o = occurrenceOn(rhythm, n, start);
    if (o && o.at > t) return o;
  }
  throw new RangeError("Check-in rhythm: no next occurrence (was it checked with rhythmOf?).");
}

/** The last occurrence at or before `t`, or null before the first one. */
export function occurrenceAtOrBefore(rhythm: Rhythm, t: Date): Occurrence | null {
  const start = startDay(rhythm);
  const last = localDay(rhythm, t) + 1;
  for (let n = last; n >= Math.max(start, last - maxGapDays(rhythm) - 2); n--) {
    const o = occurrenceOn(rhythm, n, start);
    if (o && o.at <= t) return o;
  }
  return null;
}

/**
 * The occurrence a check-in logged at `at` counts for (see the top of this file), or null when it
 * was logged before the rhythm started.
 */
export function occurrenceFor(rhythm: Rhythm, at: Date): Occurrence | null {
  if (at <= rhythm.anchor) return null;
  const prev = occurrenceAtOrBefore(rhythm, at);
  const next = occurrenceAfter(rhythm, at);
  if (!prev) return next;
  return at.getTime() < boundary(prev, next) ? prev : next;
}

/** The stretch of log times [from, to) that count for an occurrence. */
export function periodOf(rhythm: Rhythm, occurrence: Occurrence): { from: Date; to: Date } {
  const before = new Date(occurrence.at.getTime() - 1);
  const prev = occurrenceAtOrBefore(rhythm, before);
  const next = occurrenceAfter(rhythm, occurrence.at);
  // Logs at the anchor itself count for nothing, so the first period opens a millisecond later.
  return { from: new Date(prev ? boundary(prev, occurrence) : rhythm.anchor.getTime() + 1), to: new Date(boundary(occurrence, next)) };
}

/** The first instant that belongs to `next` rather than `prev`: three quarters of the way on. */
function boundary(prev: Occurrence, next: Occurrence): number {
  return Math.ceil((prev.at.getTime() + 3 * next.at.getTime()) / 4);
}

/** The occurrence on local day `n` (see cadence.ts's day numbers), if the rhythm meets that day. */
function occurrenceOn(rhythm: Rhythm, n: number, start: number): Occurrence | null {
  const { cadence, anchor } = rhythm;
  if (!meetsOn(cadence, n, start)) return null;
  const [hour, minute] = cadence.time.split(":").map(Number) as [number, number];
  const date = fromDayNumber(n);
  const at = zonedTimeToInstant(date, hour, minute, cadence.timeZone);
  if (at <= anchor.getTime()) return null;
  const pad = (v: number, w = 2) => String(v).padStart(w, "0");
  return { key: `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`, at: new Date(at) };
}

function localDay(rhythm: Rhythm, t: Date): number {
  return dayNumber(localParts(t.getTime(), rhythm.cadence.timeZone));
}

function startDay(rhythm: Rhythm): number {
  return localDay(rhythm, rhythm.anchor);
}

/** The most days that can pass between two occurrences. */
function maxGapDays(rhythm: Rhythm): number {
  return rhythm.cadence.unit === "DAY" ? rhythm.cadence.every : rhythm.cadence.every * 7;
}
