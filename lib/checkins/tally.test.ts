import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instantArb, ZONES } from "@/tests/rhythm-arbitraries";
import { localTimeIn } from "./local-time";
import { occurrenceFor, rhythmOf } from "./rhythm";
import { monthWindow, tally, weekWindow } from "./tally";

const at = (iso: string) => new Date(iso);
const berlin = "Europe/Berlin";

describe("tally", () => {
  // Sundays at 18:00 in Berlin; March 2026 has four of them after the 1st (8, 15, 22, 29).
  const sundays = rhythmOf({ unit: "WEEK", every: 1, days: ["SUN"], time: "18:00", timeZone: berlin }, at("2026-03-01T18:00:00Z"));
  const march = monthWindow(at("2026-03-10T12:00:00Z"), berlin);

  it("says kept 3 of the 4 we planned this month, at the end of the month", () => {
    const logs = ["2026-03-08T18:10:00Z", "2026-03-14T16:00:00Z", "2026-03-30T07:00:00Z"].map((t) => occurrenceFor(sundays, at(t))!.key);
    const t = tally(sundays, logs, march, at("2026-03-31T20:00:00Z"));
    expect({ planned: t.planned, kept: t.kept, missed: t.missed }).toEqual({ planned: 4, kept: 3, missed: 1 });
    expect(t.occurrences.map((o) => `${o.occurrence.key} ${o.status}`)).toEqual([
      "2026-03-08 kept",
      "2026-03-15 kept", // logged the Saturday before
      "2026-03-22 missed",
      "2026-03-29 kept", // logged the Monday morning after
    ]);
  });

  it("mid-month, counts only the check-ins whose time has come: no one reads “0 of 30” on the 2nd", () => {
    const t = tally(sundays, ["2026-03-08"], march, at("2026-03-16T09:00:00Z"));
    expect({ planned: t.planned, kept: t.kept, missed: t.missed }).toEqual({ planned: 2, kept: 1, missed: 1 });
    expect(t.occurrences.at(-1)?.status).toBe("upcoming");
  });

  it("counts a check-in logged twice once", () => {
    const t = tally(sundays, ["2026-03-08", "2026-03-08", "2026-03-08"], march, at("2026-03-31T20:00:00Z"));
    expect(t.kept).toBe(1);
  });

  it("counts a check-in logged early next month for the one it belongs to", () => {
    // A March 29 check-in logged on April 1 still keeps March's; it is not part of April.
    const rhythm = rhythmOf({ unit: "DAY", every: 1, days: [], time: "21:00", timeZone: berlin }, at("2026-03-01T00:00:00Z"));
    const key = occurrenceFor(rhythm, at("2026-04-01T05:00:00Z"))!.key;
    expect(key).toBe("2026-03-31");
    expect(tally(rhythm, [key], monthWindow(at("2026-04-10T00:00:00Z"), berlin), at("2026-04-10T00:00:00Z")).kept).toBe(0);
  });
});

describe("windows", () => {
  it("starts a month at local midnight on the 1st, in the zone asked for", () => {
    expect(monthWindow(at("2026-03-31T23:30:00Z"), berlin)).toEqual({ from: at("2026-03-31T22:00:00Z"), to: at("2026-04-30T22:00:00Z") });
    expect(monthWindow(at("2026-12-15T00:00:00Z"), "America/New_York")).toEqual({
      from: at("2026-12-01T05:00:00Z"),
      to: at("2027-01-01T05:00:00Z"),
    });
  });

  it("runs a week Monday to Monday, 167 hours long across the spring change", () => {
    // 2026-03-29 is the Sunday the clocks go forward in Berlin.
    const week = weekWindow(at("2026-03-25T12:00:00Z"), berlin);
    expect(week).toEqual({ from: at("2026-03-22T23:00:00Z"), to: at("2026-03-29T22:00:00Z") });
  });

  it("starts the month when the clocks jump where midnight on the 1st is skipped", () => {
    // Asunción moved 00:00 → 01:00 on Sunday 2023-10-01: October began at 01:00 -03.
    expect(monthWindow(at("2023-10-15T12:00:00Z"), "America/Asuncion").from).toEqual(at("2023-10-01T04:00:00Z"));
    expect(localTimeIn(at("2023-10-01T04:00:00Z"), "America/Asuncion")).toMatchObject({ date: "2023-10-01", time: "01:00" });
  });

  it("always starts a window at the beginning of a local Monday or 1st and contains its instant (property)", () => {
    fc.assert(
      fc.property(instantArb, fc.constantFrom(...ZONES), (t, zone) => {
        for (const [window, first] of [
          [weekWindow(t, zone), "MON"],
          [monthWindow(t, zone), "1st"],
        ] as const) {
          expect(window.from <= t && t < window.to).toBe(true);
          const start = localTimeIn(window.from, zone);
          if (first === "MON") expect(start.weekday).toBe("MON");
          else expect(start.date.endsWith("-01")).toBe(true);
          // Midnight, or the first minute after clocks that skipped it.
          expect(start.time <= "01:00").toBe(true);
          expect(localTimeIn(new Date(window.from.getTime() - 1), zone).date < start.date).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
