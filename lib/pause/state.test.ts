import { describe, expect, it } from "vitest";
import { RECONVENE_WINDOW_MS } from "./schemas";
import { phaseAt, RECENT_OUTCOME_MS, TALK_REMINDER_MS, talkReminderDue, type PauseView } from "./state";

const base: PauseView = {
  id: "p1",
  startedById: "u1",
  startedAt: 0,
  endsAt: 600_000,
  minutes: 10,
  extensions: 0,
  partnerReadyAt: null,
  endedAt: null,
  endedById: null,
  endReason: null,
  reconveneChoice: null,
  reconveneAt: null,
};

describe("phaseAt", () => {
  it("counts down, then waits for the reconvene choice, then lets a stale pause go", () => {
    expect(phaseAt(null, 0)).toBe("idle");
    expect(phaseAt(base, 599_999)).toBe("counting");
    expect(phaseAt(base, 600_000)).toBe("reconvene");
    expect(phaseAt(base, 600_000 + RECONVENE_WINDOW_MS)).toBe("idle");
  });

  it("shows a recent outcome, and a scheduled talk until its time", () => {
    const talked = { ...base, endedAt: 700_000, reconveneChoice: "TALK_NOW" as const, endReason: "EXPIRED" as const };
    expect(phaseAt(talked, 700_001)).toBe("ended");
    expect(phaseAt(talked, 700_000 + RECENT_OUTCOME_MS)).toBe("idle");
    const scheduled = { ...talked, reconveneChoice: "SCHEDULE" as const, reconveneAt: 700_000 + 3 * RECENT_OUTCOME_MS };
    expect(phaseAt(scheduled, 700_000 + 2 * RECENT_OUTCOME_MS)).toBe("ended");
  });

  it("treats an undone pause as if it never happened", () => {
    expect(phaseAt({ ...base, endedAt: 3_000, endReason: "UNDONE" }, 3_001)).toBe("idle");
  });
});

describe("talkReminderDue", () => {
  const scheduled = (at: number): PauseView => ({ ...base, endedAt: 1_000, endReason: "EXPIRED" as const, reconveneChoice: "SCHEDULE" as const, reconveneAt: at });
  it("is due from the scheduled moment for half an hour, and only for a scheduled talk", () => {
    const at = 10_000_000;
    expect(talkReminderDue(scheduled(at), at - 1)).toBe(false);
    expect(talkReminderDue(scheduled(at), at)).toBe(true);
    expect(talkReminderDue(scheduled(at), at + TALK_REMINDER_MS - 1)).toBe(true);
    expect(talkReminderDue(scheduled(at), at + TALK_REMINDER_MS)).toBe(false);
    expect(talkReminderDue({ ...scheduled(at), reconveneChoice: "TALK_NOW", reconveneAt: null }, at)).toBe(false);
    expect(talkReminderDue(null, at)).toBe(false);
  });
});
