import { describe, expect, it } from "vitest";
import { COUNTRIES, DEFAULT_LINES, linesFor } from "./lines";
import { countryForTimeZone } from "./zones";

describe("help lines by country", () => {
  it("guesses the country from the time zone, and knows none for the rest", () => {
    expect(countryForTimeZone("Europe/Berlin")).toBe("DE");
    expect(countryForTimeZone("America/Indiana/Indianapolis")).toBe("US");
    expect(countryForTimeZone("America/Argentina/Buenos_Aires")).toBe("AR");
    expect(countryForTimeZone("Asia/Kolkata")).toBe("IN");
    expect(countryForTimeZone("Asia/Kathmandu")).toBeNull();
    expect(countryForTimeZone(undefined)).toBeNull();
    expect(linesFor(null)).toBe(DEFAULT_LINES);
  });

  it("lists the promised countries, each with a crisis line, a way to reach abuse support, and a tel: link per number", () => {
    const codes = COUNTRIES.map((c) => c.code);
    for (const code of "US CA GB IE AU NZ DE AT CH FR ES IT NL BE SE NO DK FI PT BR MX AR IN ZA JP".split(" ")) expect(codes).toContain(code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of COUNTRIES) {
      expect(c.lines.some((l) => l.kind === "crisis"), c.code).toBe(true);
      expect(c.lines.some((l) => l.kind === "abuse"), c.code).toBe(true);
      expect(c.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const l of c.lines) {
        expect(l.call || l.website, `${c.code} ${l.name}`).toBeTruthy();
        if (l.call) expect(l.tel, `${c.code} ${l.name}`).toMatch(/^\+?\d{3,15}$/);
        if (l.website) expect(l.website).toMatch(/^https:\/\//);
      }
      // Every listed country can be reached from at least one of its zones.
      expect(Intl.supportedValuesOf("timeZone").some((z) => countryForTimeZone(z) === c.code), c.code).toBe(true);
    }
  });
});
