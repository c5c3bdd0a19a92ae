import { localParts } from "../agreements/cadence";

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Whether `at` falls in quiet hours [from, to) in `timeZone`; a span may cross midnight (22:00–07:00).
 * Equal times mean no quiet hours.
 */
export function inQuietHours(quiet: { from: string; to: string } | null, timeZone: string, at: Date): boolean {
  if (!quiet || quiet.from === quiet.to) return false;
  const p = localParts(at.getTime(), timeZone);
  const now = p.hour * 60 + p.minute;
  const from = minutesOf(quiet.from);
  const to = minutesOf(quiet.to);
  return from < to ? now >= from && now < to : now >= from || now < to;
}

/** The first minute at or after `at` that is outside quiet hours (`at` itself when it already is). */
export function quietHoursEnd(quiet: { from: string; to: string } | null, timeZone: string, at: Date): Date {
  if (!inQuietHours(quiet, timeZone, at)) return at;
  // Step a minute at a time from the next whole minute: at most a day, and DST-proof by construction.
  let t = Math.ceil((at.getTime() + 1) / 60_000) * 60_000;
  for (let i = 0; i < 24 * 60 + 1; i++, t += 60_000) {
    if (!inQuietHours(quiet, timeZone, new Date(t))) return new Date(t);
  }
  return at;
}
