/**
 * Check-in times are wall-clock times in a time zone ("Tuesdays at 19:30 in Europe/Berlin"), so the
 * next occurrence is computed on local dates and only then turned into an instant, with Intl alone.
 * Around DST changes we follow Temporal's "compatible" rule: a time that doesn't exist (the hour the
 * clocks skip) moves forward by the gap; a time that happens twice is the first one.
 */
export interface Cadence {
  unit: "DAY" | "WEEK";
  every: number;
  /** MON…SUN, used when unit is WEEK. */
  days: readonly string[];
  /** HH:MM, 24-hour. */
  time: string;
  timeZone: string;
}

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
const WEEKDAY_INDEX: Record<string, number> = { MON: 0, TUE: 1, WED: 2, THU: 3, FRI: 4, SAT: 5, SUN: 6 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 64) return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of an instant in a time zone. */
export function localParts(instant: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The instant a wall-clock date and time happen in a zone (DST-compatible, see above). */
export function zonedTimeToInstant(date: LocalDate, hour: number, minute: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  // The instant lies within [wall - 14 h, wall + 12 h] (offsets run from -12 to +14), so offsets a
  // day either side straddle any transition near it (no zone changes offset twice in two days).
  // Half a day was not enough east of +12: in Pacific/Chatham (+12:45) it missed the change.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const candidates = [...new Set([before, after])].map((off) => wall - off).filter((t) => offsetAt(t, timeZone) === wall - t);
  if (candidates.length) return Math.min(...candidates);
  return wall - before; // in the gap: the same distance past the jump
}

/** Days since 1970-01-01 for a local date (calendar arithmetic only, no zone). */
export function dayNumber(d: LocalDate): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);
}

export function fromDayNumber(n: number): LocalDate {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(n: number): number {
  return (((n + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Whether a local day (as a day number) is one the cadence meets on, counted from the anchor day. */
export function meetsOn(cadence: Cadence, n: number, anchor: number): boolean {
  if (n < anchor) return false;
  if (cadence.unit === "DAY") return (n - anchor) % cadence.every === 0;
  if (!cadence.days.some((d) => WEEKDAY_INDEX[d] === weekdayOf(n))) return false;
  const week = (x: number) => Math.floor((x - weekdayOf(x)) / 7);
  return (week(n) - week(anchor)) % cadence.every === 0;
}

/**
 * The first occurrence strictly after `after`. `anchor` is when the rhythm started (e.g. when the
 * agreement was accepted): "every 2 weeks" counts from that week, "every 3 days" from that day.
 * Returns null only for a cadence that never meets (no days chosen).
 */
export function nextOccurrence(cadence: Cadence, after: Date, anchor: Date = after): Date | null {
  const [hour, minute] = cadence.time.split(":").map(Number) as [number, number];
  const today = dayNumber(localParts(after.getTime(), cadence.timeZone));
  const start = dayNumber(localParts(anchor.getTime(), cadence.timeZone));
  const horizon = (cadence.unit === "DAY" ? cadence.every : cadence.every * 7) + 8;
  for (let n = Math.max(today - 1, start); n <= Math.max(today, start) + horizon; n++) {
    if (!meetsOn(cadence, n, start)) continue;
    const t = zonedTimeToInstant(fromDayNumber(n), hour, minute, cadence.timeZone);
    if (t > after.getTime()) return new Date(t);
  }
  return null;
}
