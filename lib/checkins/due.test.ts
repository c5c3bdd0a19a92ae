import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cadenceArb, instantArb } from "@/tests/rhythm-arbitraries";
import { DUE_AFTER_MS, DUE_BEFORE_MS, dueState } from "./due";
import { occurrenceAfter, occurrenceFor, periodOf, rhythmOf } from "./rhythm";

const at = (iso: string) => new Date(iso);
// Daily at 19:30 in Berlin (18:30Z in winter), agreed on the 1st of January.
const rhythm = rhythmOf({ unit: "DAY", every: 1, days: [], time: "19:30", timeZone: "Europe/Berlin" }, at("2026-01-01T00:00:00Z"));
const summary = (s: ReturnType<typeof dueState>) =>
  s.state === "upcoming" ? `upcoming ${s.next.key}` : `${s.state} ${s.occurrence.key}, then ${s.next.key}`;

describe("dueState", () => {
  it("walks through a day: upcoming, due around the time, missed after three hours, kept once logged", () => {
    const none: string[] = [];
    expect(summary(dueState(rhythm, none, at("2026-01-15T14:00:00Z")))).toBe("upcoming 2026-01-15");
    expect(summary(dueState(rhythm, none, at("2026-01-15T18:00:00Z")))).toBe("due 2026-01-15, then 2026-01-16");
    expect(summary(dueState(rhythm, none, at("2026-01-15T21:29:59Z")))).toBe("due 2026-01-15, then 2026-01-16");
    expect(summary(dueState(rhythm, none, at("2026-01-15T21:30:00Z")))).toBe("missed 2026-01-15, then 2026-01-16");
    // Still "missed" the next morning (a late log would still count), then the next check-in takes over.
    expect(summary(dueState(rhythm, none, at("2026-01-16T09:00:00Z")))).toBe("missed 2026-01-15, then 2026-01-16");
    expect(summary(dueState(rhythm, none, at("2026-01-16T12:30:00Z")))).toBe("upcoming 2026-01-16");
    expect(summary(dueState(rhythm, ["2026-01-15"], at("2026-01-15T18:45:00Z")))).toBe("kept 2026-01-15, then 2026-01-16");
    expect(summary(dueState(rhythm, ["2026-01-15"], at("2026-01-16T09:00:00Z")))).toBe("kept 2026-01-15, then 2026-01-16");
  });

  it("shows a check-in logged early as kept before its time", () => {
    expect(summary(dueState(rhythm, ["2026-01-15"], at("2026-01-15T15:00:00Z")))).toBe("kept 2026-01-15, then 2026-01-16");
  });

  it("ignores logs for other occurrences", () => {
    expect(summary(dueState(rhythm, ["2026-01-14", "2026-01-16"], at("2026-01-15T23:00:00Z")))).toBe("missed 2026-01-15, then 2026-01-16");
  });

  it("is upcoming before the rhythm starts", () => {
    expect(summary(dueState(rhythm, [], at("2025-12-20T10:00:00Z")))).toBe("upcoming 2026-01-01");
  });

  it("is due at 19:30 Berlin time on the day the clocks change, in each partner's zone alike", () => {
    // 2026-03-29 19:30 CEST is 17:30Z: due from 17:00Z to 20:30Z whatever zone the viewer is in.
    expect(summary(dueState(rhythm, [], at("2026-03-29T16:59:00Z")))).toBe("upcoming 2026-03-29");
    expect(summary(dueState(rhythm, [], at("2026-03-29T17:00:00Z")))).toBe("due 2026-03-29, then 2026-03-30");
    expect(summary(dueState(rhythm, [], at("2026-03-29T20:30:00Z")))).toBe("missed 2026-03-29, then 2026-03-30");
  });

  it("is consistent with the occurrence periods for random rhythms and moments (property)", () => {
    fc.assert(
      fc.property(
        fc.tuple(cadenceArb(), instantArb).map(([cadence, anchor]) => rhythmOf(cadence, anchor)),
        fc.integer({ min: -3 * 24 * 60, max: 400 * 24 * 60 }),
        fc.boolean(),
        (r, offsetMinutes, logIt) => {
          const now = new Date(r.anchor.getTime() + offsetMinutes * 60_000);
          const current = occurrenceFor(r, now);
          const logged = logIt && current ? [current.key] : [];
          const s = dueState(r, logged, now);
          if (s.state === "upcoming") {
            expect(s.next.at.getTime()).toBeGreaterThan(now.getTime());
            expect(s.next).toEqual(occurrenceAfter(r, now));
            return;
          }
          expect(s.occurrence).toEqual(current);
          expect(s.next).toEqual(occurrenceAfter(r, s.occurrence.at));
          const { from, to } = periodOf(r, s.occurrence);
          expect(from <= now && now < to).toBe(true);
          const since = now.getTime() - s.occurrence.at.getTime();
          if (s.state === "kept") expect(logged).toContain(s.occurrence.key);
          if (s.state === "due") expect(since >= -DUE_BEFORE_MS && since < DUE_AFTER_MS).toBe(true);
          if (s.state === "missed") expect(since).toBeGreaterThanOrEqual(DUE_AFTER_MS);
        },
      ),
      { numRuns: 300 },
    );
  });
});
