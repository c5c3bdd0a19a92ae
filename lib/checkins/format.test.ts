import { describe, expect, it } from "vitest";
import { dayLabel, sentence, whenForUs, whenLabel } from "./format";

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
});
