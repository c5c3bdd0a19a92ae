import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localParts, nextOccurrence, zonedTimeToInstant, type Cadence } from "./cadence";

const berlin = "Europe/Berlin";
const iso = (d: Date | null) => d?.toISOString();

describe("zonedTimeToInstant", () => {
  it("handles ordinary winter and summer offsets", () => {
    expect(new Date(zonedTimeToInstant({ year: 2026, month: 1, day: 15 }, 19, 30, berlin)).toISOString()).toBe("2026-01-15T18:30:00.000Z");
    expect(new Date(zonedTimeToInstant({ year: 2026, month: 7, day: 15 }, 19, 30, berlin)).toISOString()).toBe("2026-07-15T17:30:00.000Z");
  });

  it("moves a time the clocks skip forward by the gap (spring forward)", () => {
    // 2026-03-29 02:00 → 03:00 in Berlin: 02:30 does not exist and becomes 03:30 CEST.
    expect(new Date(zonedTimeToInstant({ year: 2026, month: 3, day: 29 }, 2, 30, berlin)).toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("takes the first of a time that happens twice (fall back)", () => {
    // 2026-10-25 03:00 → 02:00 in Berlin: 02:30 happens at 00:30Z (CEST) and 01:30Z (CET).
    expect(new Date(zonedTimeToInstant({ year: 2026, month: 10, day: 25 }, 2, 30, berlin)).toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("finds a time on the day the clocks change in zones more than 12 hours ahead of UTC", () => {
    // Chatham goes from +12:45 to +13:45 at 02:45 on 2027-09-26: 02:00 that morning is still +12:45.
    expect(new Date(zonedTimeToInstant({ year: 2027, month: 9, day: 26 }, 2, 0, "Pacific/Chatham")).toISOString()).toBe("2027-09-25T13:15:00.000Z");
    // 03:00 is skipped (02:45 → 03:45) and moves forward by the hour: 04:00 +13:45.
    expect(new Date(zonedTimeToInstant({ year: 2027, month: 9, day: 26 }, 3, 0, "Pacific/Chatham")).toISOString()).toBe("2027-09-25T14:15:00.000Z");
    expect(new Date(zonedTimeToInstant({ year: 2026, month: 9, day: 27 }, 1, 30, "Pacific/Auckland")).toISOString()).toBe("2026-09-26T13:30:00.000Z");
  });

  it("works for zones west of UTC and half-hour zones", () => {
    expect(new Date(zonedTimeToInstant({ year: 2026, month: 3, day: 8 }, 2, 15, "America/New_York")).toISOString()).toBe("2026-03-08T07:15:00.000Z");
    expect(new Date(zonedTimeToInstant({ year: 2026, month: 5, day: 1 }, 9, 0, "Asia/Kolkata")).toISOString()).toBe("2026-05-01T03:30:00.000Z");
  });
});

describe("nextOccurrence", () => {
  const daily: Cadence = { unit: "DAY", every: 1, days: [], time: "19:30", timeZone: berlin };

  it("is later today when today's time hasn't passed, else tomorrow", () => {
    expect(iso(nextOccurrence(daily, new Date("2026-01-15T10:00:00Z")))).toBe("2026-01-15T18:30:00.000Z");
    expect(iso(nextOccurrence(daily, new Date("2026-01-15T18:30:00Z")))).toBe("2026-01-16T18:30:00.000Z");
  });

  it("keeps the wall-clock time across a DST change", () => {
    const before = new Date("2026-03-28T19:00:00Z"); // after the 28th's check-in
    expect(iso(nextOccurrence(daily, before))).toBe("2026-03-29T17:30:00.000Z"); // 19:30 CEST
  });

  it("meets every N days counted from the anchor", () => {
    const every3: Cadence = { ...daily, every: 3 };
    const anchor = new Date("2026-01-01T08:00:00Z");
    expect(iso(nextOccurrence(every3, new Date("2026-01-02T08:00:00Z"), anchor))).toBe("2026-01-04T18:30:00.000Z");
  });

  it("meets on the chosen weekdays", () => {
    const tueFri: Cadence = { unit: "WEEK", every: 1, days: ["TUE", "FRI"], time: "20:00", timeZone: berlin };
    // 2026-01-14 is a Wednesday.
    expect(iso(nextOccurrence(tueFri, new Date("2026-01-14T12:00:00Z")))).toBe("2026-01-16T19:00:00.000Z");
    expect(iso(nextOccurrence(tueFri, new Date("2026-01-16T19:00:00Z")))).toBe("2026-01-20T19:00:00.000Z");
  });

  it("skips the off weeks of an every-2-weeks rhythm", () => {
    const fortnightly: Cadence = { unit: "WEEK", every: 2, days: ["SUN"], time: "18:00", timeZone: berlin };
    const anchor = new Date("2026-01-05T09:00:00Z"); // Monday of the first week
    expect(iso(nextOccurrence(fortnightly, new Date("2026-01-12T09:00:00Z"), anchor))).toBe("2026-01-25T17:00:00.000Z");
  });

  it("never meets without days", () => {
    expect(nextOccurrence({ unit: "WEEK", every: 1, days: [], time: "20:00", timeZone: berlin }, new Date())).toBeNull();
  });

  it("always returns a later instant on a chosen day at the chosen wall-clock time (property)", () => {
    const zones = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC", "America/Sao_Paulo"];
    const days = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom<"DAY" | "WEEK">("DAY", "WEEK"),
        fc.integer({ min: 1, max: 4 }),
        fc.subarray(days, { minLength: 1 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.date({ min: new Date("2025-01-01"), max: new Date("2028-12-31"), noInvalidDate: true }),
        (timeZone, unit, every, chosen, h, m, after) => {
          const time = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
          const next = nextOccurrence({ unit, every, days: chosen, time, timeZone }, after);
          expect(next).not.toBeNull();
          expect(next!.getTime()).toBeGreaterThan(after.getTime());
          const local = localParts(next!.getTime(), timeZone);
          const sameTime = local.hour === h && local.minute === m;
          // Only a skipped hour (DST gap) may move the wall-clock time, and only forward by ≤ 1 h.
          if (!sameTime) expect((local.hour * 60 + local.minute - (h * 60 + m) + 1440) % 1440).toBeLessThanOrEqual(60);
          if (unit === "WEEK" && sameTime) {
            const weekday = new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay();
            expect(chosen).toContain(days[(weekday + 6) % 7]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
