import { describe, expect, it } from "vitest";
import { formatDate, formatList, formatRelative } from "./format";

const at = Date.UTC(2026, 10, 29, 20, 42); // Sunday 29 November 2026, 20:42 UTC

describe("dates in the viewer's language and time zone", () => {
  it("keeps English as it was (24-hour, day before month) and moves with the time zone", () => {
    expect(formatDate("en", "Europe/Berlin", at, "time")).toBe("21:42");
    expect(formatDate("en", "America/New_York", at, "time")).toBe("15:42");
    expect(formatDate("en", "Europe/Berlin", at, "dayTime")).toBe("Sun 29 Nov, 21:42");
    expect(formatDate("en", "Pacific/Auckland", at, "dayLong")).toBe("Monday 30 November");
  });

  it("says Spanish dates in Spanish, in the same time zone", () => {
    expect(formatDate("es", "Europe/Madrid", at, "time")).toBe("21:42");
    expect(formatDate("es", "Europe/Madrid", at, "dayLong")).toBe("domingo, 29 de noviembre");
    expect(formatDate("es", "America/Mexico_City", at, "weekday")).toBe("domingo");
  });

  it("accents the pseudo-locale's dates, so a date that skipped the helpers shows up", () => {
    expect(formatDate("en-XA", "Europe/Berlin", at, "dayTime")).toBe("Šûñ 29 Ñöṽ, 21:42");
  });

  it("says relative times and lists by language", () => {
    expect(formatRelative("en", at - 3 * 60_000, at)).toBe("3 minutes ago");
    expect(formatRelative("es", at + 2 * 86_400_000, at)).toBe("pasado mañana");
    expect(formatRelative("es", at - 86_400_000, at)).toBe("ayer");
    expect(formatList("es", ["Alex", "Blake", "Sam"])).toBe("Alex, Blake y Sam");
  });

  it("accents only a list's own words in the pseudo-locale: the items are someone else's", () => {
    expect(formatList("en-XA", ["[Šţåƀîļîţý ~~]", "Sam", "Blake"])).toBe("[Šţåƀîļîţý ~~], Sam åñð Blake");
  });
});
