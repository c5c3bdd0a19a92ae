import { tzlib_get_ical_block, tzlib_get_timezones } from "timezones-ical-library";

/**
 * VTIMEZONE blocks come from timezones-ical-library: it is generated with libical's vzic from the
 * IANA database and republished with each tzdata release, and ical-generator's docs name it. (The
 * other package they name, @touch4it/ical-timezones, last updated its zone data in early 2023.)
 * Calendar apps need the block to place a TZID'd DTSTART and its recurrences across DST changes.
 */
export interface VTimezone {
  /** The TZID the block declares; for a legacy alias it is the canonical name (Asia/Calcutta → Asia/Kolkata). */
  tzid: string;
  block: string;
}

const cache = new Map<string, VTimezone>();
let known: Set<string> | null = null;

/** The VTIMEZONE for an IANA zone; throws for a zone the library doesn't know. */
export function vtimezoneFor(timeZone: string): VTimezone {
  const hit = cache.get(timeZone);
  if (hit) return hit;
  // Checked first: the library logs a console error for a name it doesn't know.
  known ??= new Set(tzlib_get_timezones() as string[]);
  const result = known.has(timeZone) ? tzlib_get_ical_block(timeZone) : "";
  if (!Array.isArray(result) || !result[0] || !result[1]?.startsWith("TZID=")) {
    throw new RangeError(`Calendar: no time-zone definition for ${JSON.stringify(timeZone)}.`);
  }
  const zone = { tzid: result[1].slice("TZID=".length), block: result[0] };
  cache.set(timeZone, zone);
  return zone;
}
