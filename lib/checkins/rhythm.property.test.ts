import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cadenceArb, instantArb, ZONES } from "@/tests/rhythm-arbitraries";
import { localParts, nextOccurrence, zonedTimeToInstant } from "../agreements/cadence";
import { localTimeIn, partnerTime } from "./local-time";
import { occurrenceAfter, occurrenceAtOrBefore, occurrenceFor, occurrencesBetween, periodOf, rhythmOf } from "./rhythm";
import { tally } from "./tally";

const DAY = 86_400_000;
const WEEKDAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];
const RUNS = { numRuns: 250 };
const rhythmArb = fc.tuple(cadenceArb(), instantArb).map(([cadence, anchor]) => rhythmOf(cadence, anchor));
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

// Intl-heavy: give a loaded CI machine room.
describe("rhythm properties over random cadences, zones and dates", { timeout: 30_000 }, () => {
  it("plans every check-in at the agreed wall-clock time on a chosen day, or just past a skipped hour", () => {
    fc.assert(
      fc.property(rhythmArb, fc.integer({ min: 0, max: 400 }), (rhythm, offsetDays) => {
        const from = new Date(rhythm.anchor.getTime() + offsetDays * DAY);
        const { cadence } = rhythm;
        for (const o of occurrencesBetween(rhythm, from, new Date(from.getTime() + 60 * DAY))) {
          const local = localTimeIn(o.at, cadence.timeZone);
          const wanted = minutes(cadence.time);
          if (local.time !== cadence.time) {
            // Only a time the clocks skip moves, forward by the gap (≤ 1 h), and it really was skipped:
            // no instant in that zone reads the agreed time on that day.
            const shift = (minutes(local.time) - wanted + 1440) % 1440;
            expect(shift).toBeGreaterThan(0);
            expect(shift).toBeLessThanOrEqual(60);
            expect(localTimeIn(new Date(o.at.getTime() - shift * 60_000), cadence.timeZone).time).not.toBe(cadence.time);
          } else {
            expect(local.date).toBe(o.key);
          }
          if (cadence.unit === "WEEK") {
            const weekday = WEEKDAYS[(new Date(`${o.key}T00:00:00Z`).getUTCDay() + 6) % 7]!;
            expect(cadence.days).toContain(weekday);
          }
          expect(o.at.getTime()).toBeGreaterThan(rhythm.anchor.getTime());
        }
      }),
      RUNS,
    );
  });

  it("lists occurrences strictly increasing, with distinct keys, exactly as nextOccurrence chains them", () => {
    fc.assert(
      fc.property(rhythmArb, fc.integer({ min: 0, max: 1500 }), (rhythm, offsetDays) => {
        const from = new Date(rhythm.anchor.getTime() + offsetDays * DAY);
        const to = new Date(from.getTime() + 45 * DAY);
        const listed = occurrencesBetween(rhythm, from, to);
        const chained: number[] = [];
        for (let t = nextOccurrence(rhythm.cadence, new Date(from.getTime() - 1), rhythm.anchor); t && t < to;) {
          chained.push(t.getTime());
          t = nextOccurrence(rhythm.cadence, t, rhythm.anchor);
        }
        expect(listed.map((o) => o.at.getTime())).toEqual(chained);
        for (let i = 1; i < listed.length; i++) {
          expect(listed[i]!.at.getTime()).toBeGreaterThan(listed[i - 1]!.at.getTime());
          expect(listed[i]!.key > listed[i - 1]!.key).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("agrees with nextOccurrence on the next check-in, and finds the one before", () => {
    fc.assert(
      fc.property(rhythmArb, fc.integer({ min: 0, max: 1500 * 24 * 60 }), (rhythm, offsetMinutes) => {
        const t = new Date(rhythm.anchor.getTime() + offsetMinutes * 60_000 + 17_000);
        const next = occurrenceAfter(rhythm, t);
        expect(next.at).toEqual(nextOccurrence(rhythm.cadence, t, rhythm.anchor));
        const prev = occurrenceAtOrBefore(rhythm, t);
        const between = occurrencesBetween(rhythm, new Date(t.getTime() - 60 * DAY), new Date(t.getTime() + 1));
        expect(prev).toEqual(between.at(-1) ?? null);
        if (prev) expect(occurrenceAfter(rhythm, prev.at)).toEqual(next);
      }),
      RUNS,
    );
  });

  it("gives one key to every log in an occurrence's period, and the periods tile time", () => {
    fc.assert(
      fc.property(rhythmArb, fc.integer({ min: 0, max: 1500 }), fc.double({ min: 0, max: 1, noNaN: true }), (rhythm, offsetDays, where) => {
        const o = occurrenceAfter(rhythm, new Date(rhythm.anchor.getTime() + offsetDays * DAY));
        const { from, to } = periodOf(rhythm, o);
        expect(from <= o.at && o.at < to).toBe(true);
        const log = new Date(from.getTime() + Math.floor(where * (to.getTime() - from.getTime() - 1)));
        expect(occurrenceFor(rhythm, log)).toEqual(o);
        expect(occurrenceFor(rhythm, from)).toEqual(o);
        expect(occurrenceFor(rhythm, new Date(to.getTime() - 1))).toEqual(o);
        const next = occurrenceAfter(rhythm, o.at);
        expect(occurrenceFor(rhythm, to)).toEqual(next);
        expect(periodOf(rhythm, next).from).toEqual(to);
        expect(occurrenceFor(rhythm, new Date(from.getTime() - 1))?.key).not.toBe(o.key);
      }),
      RUNS,
    );
  });

  it("counts a check-in logged twice once, and never keeps more than it planned", () => {
    fc.assert(
      fc.property(
        rhythmArb,
        fc.array(fc.integer({ min: 0, max: 70 * 24 * 60 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 70 }),
        (rhythm, logOffsets, nowDay) => {
          const logs = logOffsets.map((m) => new Date(rhythm.anchor.getTime() + m * 60_000 + 1000));
          const keys = logs.map((t) => occurrenceFor(rhythm, t)!.key);
          const window = { from: rhythm.anchor, to: new Date(rhythm.anchor.getTime() + 62 * DAY) };
          const now = new Date(rhythm.anchor.getTime() + nowDay * DAY);
          const once = tally(rhythm, keys, window, now);
          expect(tally(rhythm, [...keys, ...keys], window, now)).toEqual(once);
          expect(once.kept).toBeLessThanOrEqual(once.planned);
          expect(once.kept + once.missed).toBeLessThanOrEqual(once.planned);
          expect(once.kept).toBe(new Set(keys.filter((k) => once.occurrences.some((o) => o.occurrence.key === k))).size);
        },
      ),
      RUNS,
    );
  });

  it("shows a partner in another zone the same instant, on their own clock", () => {
    fc.assert(
      fc.property(rhythmArb, fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 1500 }), (rhythm, viewerZone, offsetDays) => {
        const o = occurrenceAfter(rhythm, new Date(rhythm.anchor.getTime() + offsetDays * DAY));
        const view = partnerTime(o.at, rhythm.cadence.timeZone, viewerZone);
        expect(view.mine).toEqual(localTimeIn(o.at, viewerZone));
        const p = localParts(o.at.getTime(), viewerZone);
        expect(view.mine.time).toBe(`${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`);
        // Reading the viewer's clock back in their zone gives the same instant — or, for a time their
        // clocks show twice, the first of the two, at most an hour earlier.
        const [y, m, d] = view.mine.date.split("-").map(Number) as [number, number, number];
        const back = zonedTimeToInstant({ year: y, month: m, day: d }, p.hour, p.minute, viewerZone);
        expect(o.at.getTime() - back).toBeGreaterThanOrEqual(0);
        expect(o.at.getTime() - back).toBeLessThanOrEqual(3_600_000);
        // Kiritimati (+14) and Pago Pago (-11) are 25 hours apart.
        expect(Math.abs(view.dayShift)).toBeLessThanOrEqual(2);
        expect(view.sameClock).toBe(view.mine.date === view.agreed.date && view.mine.time === view.agreed.time);
      }),
      RUNS,
    );
  });
});
