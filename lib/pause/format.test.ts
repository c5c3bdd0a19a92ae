import { describe, expect, it } from "vitest";
import { namespaceTranslator } from "../i18n/translate";
import { clockTime, lengthWords, outcomeWords, pauseLengthMinutes } from "./format";
import type { PauseView } from "./state";

const start = Date.UTC(2026, 10, 29, 20, 32);
const base: PauseView = {
  id: "p",
  startedById: "a",
  startedAt: start,
  endsAt: start + 600_000,
  minutes: 10,
  extensions: 0,
  partnerReadyAt: null,
  endedAt: null,
  endedById: null,
  endReason: null,
  reconveneChoice: null,
  reconveneAt: null,
};

const en = namespaceTranslator("en", "pause");
const es = namespaceTranslator("es", "pause");
const outcome = (t: typeof en, p: PauseView, now: number, locale: "en" | "es" = "en") => {
  const { key, values } = outcomeWords(p, "Europe/Berlin", now, locale);
  return t(key, values);
};

describe("pause words", () => {
  it("shows times in the viewer's own time zone", () => {
    expect(clockTime(start + 600_000, "Europe/Berlin")).toBe("21:42");
    expect(clockTime(start + 600_000, "America/New_York")).toBe("15:42");
  });

  it("describes every ending without blame, in the viewer's language", () => {
    const endings: PauseView[] = [
      { ...base, endedAt: start + 1000, endReason: "ENDED_EARLY" },
      { ...base, endedAt: start + 700_000, endReason: "EXPIRED", reconveneChoice: "TALK_NOW", extensions: 1 },
      { ...base, endedAt: start + 700_000, endReason: "EXPIRED", reconveneChoice: "SCHEDULE", reconveneAt: start + 3_600_000 },
      { ...base, endedAt: start + 600_000, endReason: "EXPIRED" },
    ];
    const english = [outcome(en, base, start + 1), outcome(en, base, start + 700_000), ...endings.map((p) => outcome(en, p, 0))];
    const spanish = [outcome(es, base, start + 1, "es"), outcome(es, base, start + 700_000, "es"), ...endings.map((p) => outcome(es, p, 0, "es"))];
    expect(new Set(english).size).toBe(english.length); // every ending reads differently
    expect(english[4]).toContain("22:32"); // the agreed time, in the viewer's time zone
    expect(spanish[4]).toContain("22:32");
    for (const text of english) expect(text).not.toMatch(/fail|fault|blame|score|again/i);
    spanish.forEach((text, i) => expect(text).not.toBe(english[i]));
  });

  it("measures the pause, not the time spent choosing afterwards", () => {
    expect(pauseLengthMinutes({ ...base, endedAt: start + 3_600_000, endReason: "EXPIRED" }, 0)).toBe(10);
    expect(pauseLengthMinutes({ ...base, endedAt: start + 240_000, endReason: "ENDED_EARLY" }, 0)).toBe(4);
    const length = (minutes: number) => {
      const { key, values } = lengthWords(minutes);
      return en(key, values);
    };
    expect(length(10)).toMatch(/^10\b/);
    expect(length(90)).toMatch(/1.*30/);
    expect(length(120)).toMatch(/^2\b/);
  });
});
