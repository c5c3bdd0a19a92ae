import { describe, expect, it } from "vitest";
import { computePatterns, describeWhen, monthRange, parseMonth, partOfDay, shiftMonth } from "./patterns";

const Z = "Europe/Berlin";
// December 2026 in Berlin is UTC+1: 15:00 local is 14:00Z.
const at = (day: number, hour: number) => new Date(Date.UTC(2026, 11, day, hour - 1, 30));
const dec = { year: 2026, month: 12 };

describe("journal patterns", () => {
  it("names parts of the day on my clock", () => {
    expect([4, 5, 11, 12, 16, 17, 21, 22, 0].map(partOfDay)).toEqual(["night", "morning", "morning", "afternoon", "afternoon", "evening", "evening", "night", "night"]);
  });

  it("reads months from the URL and steps across years", () => {
    expect(parseMonth("2026-12")).toEqual(dec);
    expect(parseMonth("2026-13")).toBeNull();
    expect(parseMonth("<script>")).toBeNull();
    expect(shiftMonth(dec, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth({ year: 2027, month: 1 }, -1)).toEqual(dec);
  });

  it("bounds a month on the person's own clock", () => {
    const { from, to } = monthRange(dec, Z);
    expect(from.toISOString()).toBe("2026-11-30T23:00:00.000Z");
    expect(to.toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("finds the top trigger and when it came up, in a gentle sentence", () => {
    // Tue 1, Wed 2, Thu 3, Mon 7 December 2026: weekday afternoons; one Saturday evening.
    const entries = [
      { createdAt: at(1, 15), intensity: 4, tags: ["late reply"] },
      { createdAt: at(2, 14), intensity: 4, tags: ["late reply", "tone of voice"] },
      { createdAt: at(3, 16), intensity: 3, tags: ["late reply"] },
      { createdAt: at(7, 13), intensity: 2, tags: ["late reply"] },
      { createdAt: at(5, 19), intensity: 2, tags: ["cancelled plan"] },
    ];
    const p = computePatterns(entries, dec, Z);
    expect(p.count).toBe(5);
    expect(p.topTriggers[0]).toEqual({ tag: "late reply", count: 4, when: "mostly on weekday afternoons" });
    expect(p.topTriggers.map((t) => t.tag)).toEqual(["late reply", "cancelled plan", "tone of voice"]);
    expect(p.reading).toContain("“late reply” came up 4 times, mostly on weekday afternoons.");
    expect(p.reading[0]).toBe("You wrote 5 entries in December 2026.");
    expect(p.reading).toContain("The moments felt a little less intense as the month went on.");
    const sat = p.grid.find((g) => g.weekday === "SAT")!;
    expect(sat.parts.evening).toBe(1);
    expect(p.grid.reduce((n, g) => n + Object.values(g.parts).reduce((a, b) => a + b, 0), 0)).toBe(5);
    expect(p.intensity.map((i) => i.day)).toEqual([1, 2, 3, 5, 7]);
    expect(p.intensity[0]!.label).toBe("1 Dec, 15:30");
  });

  it("says nothing about timing when there is no clear pattern, and counts gently", () => {
    expect(describeWhen([{ weekday: "MON", part: "morning" }])).toBeNull();
    expect(describeWhen([{ weekday: "MON", part: "morning" }, { weekday: "SAT", part: "night" }])).toBeNull();
    expect(describeWhen([{ weekday: "SAT", part: "morning" }, { weekday: "SUN", part: "night" }, { weekday: "SAT", part: "evening" }, { weekday: "SUN", part: "afternoon" }])).toBe("mostly at weekends");
    const once = computePatterns([{ createdAt: at(1, 9), intensity: 3, tags: ["late reply"] }], dec, Z);
    expect(once.reading).toEqual(["You wrote one entry in December 2026.", "“late reply” came up once."]);
    const untagged = computePatterns([{ createdAt: at(1, 9), intensity: null, tags: [] }], dec, Z);
    expect(untagged.reading[1]).toMatch(/trigger tag/);
    expect(untagged.intensity).toEqual([]);
    expect(computePatterns([], dec, Z).reading).toEqual([]);
  });

  it("says the same in the reader's language, dates and weekdays through Intl", () => {
    const entries = [1, 2, 3].map((day) => ({ createdAt: at(day, 15), intensity: 3, tags: ["respuesta tardía"] }));
    const p = computePatterns(entries, dec, Z, "es");
    expect(p.label).toBe("diciembre de 2026");
    expect(p.reading[0]).toBe("En diciembre de 2026 escribiste 3 entradas.");
    expect(p.reading[1]).toBe("«respuesta tardía» salió 3 veces, sobre todo entre semana, a mediodía.");
    expect(p.intensity[0]!.label).toBe("1 dic, 15:30");
  });
});
