import { describe, expect, it } from "vitest";
import { findQuestion, keyAt } from "./question";
import { rhythmOf } from "./rhythm";

// Daily at 20:30 in Berlin (19:30Z in December), agreed on the morning of 1 December 2026.
const rhythm = rhythmOf({ unit: "DAY", every: 1, days: [], time: "20:30", timeZone: "Europe/Berlin" }, new Date("2026-12-01T08:00:00Z"));
const ask = (iso: string, extra: Partial<Parameters<typeof findQuestion>[1]> = {}) =>
  findQuestion(rhythm, { logged: [], answers: [], pendingChange: false, now: new Date(iso), ...extra })?.key ?? null;

describe("findQuestion", () => {
  it("asks about the latest check-in whose due window closed unlogged, within a week", () => {
    expect(ask("2026-12-01T20:00:00Z")).toBeNull(); // due right now
    expect(ask("2026-12-01T22:29:00Z")).toBeNull(); // still due (three hours)
    expect(ask("2026-12-01T22:31:00Z")).toBe("2026-12-01");
    expect(ask("2026-12-02T22:31:00Z", { logged: ["2026-12-01"] })).toBe("2026-12-02");
    expect(ask("2026-12-02T22:31:00Z", { logged: ["2026-12-02"] })).toBeNull();
  });

  it("stays quiet while a change is proposed, after an answer about it, and for a week after any answer", () => {
    expect(ask("2026-12-02T00:00:00Z", { pendingChange: true })).toBeNull();
    const answered = [{ occurrenceKey: "2026-12-01", answeredAt: new Date("2026-12-02T00:00:00Z") }];
    expect(ask("2026-12-02T01:00:00Z", { answers: answered })).toBeNull();
    expect(ask("2026-12-08T23:00:00Z", { answers: answered })).toBeNull();
    expect(ask("2026-12-09T01:00:00Z", { answers: answered })).toBe("2026-12-08");
  });

  it("keys are local dates that compare as strings", () => {
    expect(keyAt(new Date("2026-12-01T23:30:00Z"), "Europe/Berlin")).toBe("2026-12-02");
    expect(keyAt(new Date("2026-12-01T23:30:00Z"), "America/New_York")).toBe("2026-12-01");
  });
});
