import { describe, expect, it } from "vitest";
import { namespaceTranslator } from "../i18n/translate";
import { dayWords, sentence, whenForUs as whenForUsIn, whenLabel as whenLabelIn, type Clock } from "./format";

const en = namespaceTranslator("en", "checkins");
const dayLabel = (at: Date, tz: string, now: Date) => dayWords(at, tz, now, "en").day;
const whenLabel = (at: Date, tz: string, now: Date) => whenLabelIn(at, tz, now, "en", en);
const whenForUs = (at: Date, me: Clock, partner: (Clock & { name: string }) | null, now: Date) => whenForUsIn(at, me, partner, now, "en", en);

const berlin = { timeZone: "Europe/Berlin" };
const sam = (timeZone: string) => ({ name: "Sam", timeZone });

describe("check-in times in words", () => {
  const now = new Date("2026-12-01T09:00:00Z"); // Tuesday morning in Berlin
  const tonight = new Date("2026-12-01T18:30:00Z"); // 19:30 in Berlin

  it("says today, tomorrow, yesterday, or the date, on the reader's own calendar", () => {
    expect(dayLabel(tonight, "Europe/Berlin", now)).toBe("today");
    expect(dayLabel(new Date("2026-12-02T18:30:00Z"), "Europe/Berlin", now)).toBe("tomorrow");
    expect(dayLabel(new Date("2026-11-30T18:30:00Z"), "Europe/Berlin", now)).toBe("yesterday");
    expect(dayLabel(new Date("2026-12-08T18:30:00Z"), "Europe/Berlin", now)).toBe("Tue 8 Dec");
    expect(whenLabel(tonight, "Europe/Berlin", now)).toBe("today at 19:30");
  });

  it("shows one time when our clocks agree, and each partner's when they differ", () => {
    expect(whenForUs(tonight, berlin, null, now)).toBe("today at 19:30");
    expect(whenForUs(tonight, berlin, sam("Europe/Paris"), now)).toBe("today at 19:30");
    expect(whenForUs(tonight, berlin, sam("America/Chicago"), now)).toBe("today at 19:30 for you · 12:30 for Sam");
    // In Auckland it is already Wednesday morning: their own day, on their own calendar.
    expect(whenForUs(tonight, berlin, sam("Pacific/Auckland"), now)).toBe("today at 19:30 for you · tomorrow at 07:30 for Sam");
    expect(sentence(whenForUs(tonight, berlin, null, now))).toBe("Today at 19:30");
  });

  it("says it in Spanish, with an article before a date", () => {
    const es = namespaceTranslator("es", "checkins");
    expect(sentence(whenLabelIn(tonight, "Europe/Berlin", now, "es", es))).toBe("Hoy a las 19:30");
    expect(whenForUsIn(tonight, berlin, sam("America/Chicago"), now, "es", es)).toBe("hoy a las 19:30 para ti · 12:30 para Sam");
    expect(es("card.keptTitle", { ...dayWords(new Date("2026-11-24T18:30:00Z"), "Europe/Berlin", now, "es") })).toBe("Tuvimos nuestra charla el mar, 24 nov");
    expect(es("card.missedTitle", { ...dayWords(new Date("2026-11-30T18:30:00Z"), "Europe/Berlin", now, "es") })).toBe("Aún no hemos registrado la charla de ayer");
  });
});
