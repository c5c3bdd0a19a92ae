import fc from "fast-check";
import type { Cadence } from "@/lib/agreements/cadence";

/**
 * Random check-in rhythms for property tests. The zones cover DST in both hemispheres, DST changes
 * at midnight (Santiago, Havana), a 30-minute DST shift (Lord Howe), Ireland's "negative" DST,
 * half-hour and 45-minute offsets, zones that dropped DST recently, and both ends of the date line.
 */
export const ZONES = [
  "Europe/Berlin",
  "Europe/London",
  "Europe/Dublin",
  "America/New_York",
  "America/Los_Angeles",
  "America/St_Johns",
  "America/Sao_Paulo",
  "America/Santiago",
  "America/Havana",
  "Australia/Sydney",
  "Australia/Adelaide",
  "Australia/Lord_Howe",
  "Pacific/Auckland",
  "Pacific/Chatham",
  "Asia/Kathmandu",
  "Asia/Kolkata",
  "Asia/Tehran",
  "Africa/Cairo",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "UTC",
] as const;

const WEEKDAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];

export const timeArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);

/** DAY or WEEK, every 1–4, a random non-empty set of weekdays, a random HH:MM, in `zones`. */
export const cadenceArb = (zones: readonly string[] = ZONES): fc.Arbitrary<Cadence> =>
  fc.record({
    unit: fc.constantFrom<"DAY" | "WEEK">("DAY", "WEEK"),
    every: fc.integer({ min: 1, max: 4 }),
    days: fc.subarray(WEEKDAYS, { minLength: 1 }),
    time: timeArb,
    timeZone: fc.constantFrom(...zones),
  });

/** An instant between 2025 and 2030, to the second (logs and anchors are not on the minute). */
export const instantArb = fc
  .integer({ min: Date.UTC(2025, 0, 1) / 1000, max: Date.UTC(2030, 11, 31) / 1000 })
  .map((s) => new Date(s * 1000));
