import { describe, expect, it } from "vitest";
import { clockTime, minutesText, outcomeText, pauseLengthMinutes } from "./format";
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

describe("pause words", () => {
  it("shows times in the viewer's own time zone", () => {
    expect(clockTime(start + 600_000, "Europe/Berlin")).toBe("21:42");
    expect(clockTime(start + 600_000, "America/New_York")).toBe("15:42");
  });

  it("describes every ending without blame", () => {
    const tz = "Europe/Berlin";
    expect(outcomeText(base, tz, start + 1)).toBe("Happening now");
    expect(outcomeText(base, tz, start + 700_000)).toBe("Time to reconvene");
    expect(outcomeText({ ...base, endedAt: start + 1000, endReason: "ENDED_EARLY" }, tz, 0)).toMatch(/Ready to talk/);
    expect(outcomeText({ ...base, endedAt: start + 700_000, endReason: "EXPIRED", reconveneChoice: "TALK_NOW", extensions: 1 }, tz, 0)).toBe(
      "Talked when the time was up (after 10 more minutes)",
    );
    expect(
      outcomeText({ ...base, endedAt: start + 700_000, endReason: "EXPIRED", reconveneChoice: "SCHEDULE", reconveneAt: start + 3_600_000 }, tz, 0),
    ).toBe("Agreed to talk at Sun 29 Nov, 22:32");
    for (const text of [outcomeText({ ...base, endedAt: start + 600_000, endReason: "EXPIRED" }, tz, 0)]) {
      expect(text).not.toMatch(/fail|fault|blame|score|again/i);
    }
  });

  it("measures the pause, not the time spent choosing afterwards", () => {
    expect(pauseLengthMinutes({ ...base, endedAt: start + 3_600_000, endReason: "EXPIRED" }, 0)).toBe(10);
    expect(pauseLengthMinutes({ ...base, endedAt: start + 240_000, endReason: "ENDED_EARLY" }, 0)).toBe(4);
    expect(minutesText(10)).toBe("10 min");
    expect(minutesText(90)).toBe("1 h 30 min");
  });
});
