import { describe, expect, it } from "vitest";
import { QUEUED_PAUSE_WINDOW_MS } from "../constants";
import type { PauseStatePayload, PauseView } from "../state";
import { judgeQueuedPause, type QueuedPause } from "./queue";

const T = 1_800_000_000_000;
const plan = { minutes: 10, reconvene: null, reconveneWay: null, during: null, fromAgreement: false };
const queued: QueuedPause = { tappedAt: T, endsAt: T + 600_000, minutes: 10 };

function pause(over: Partial<PauseView>): PauseView {
  return {
    id: "p1",
    startedById: "partner",
    startedAt: T - 3_600_000,
    endsAt: T - 3_000_000,
    minutes: 10,
    extensions: 0,
    partnerReadyAt: null,
    endedAt: T - 3_000_000,
    endedById: null,
    endReason: "EXPIRED",
    reconveneChoice: null,
    reconveneAt: null,
    ...over,
  };
}
const state = (serverNow: number, p: PauseView | null): PauseStatePayload => ({ pause: p, plan, serverNow });

describe("a pause tapped offline, when the network returns", () => {
  it("is sent within the window when nothing happened meanwhile", () => {
    expect(judgeQueuedPause(queued, state(T + 30_000, null))).toBe("send");
    expect(judgeQueuedPause(queued, state(T + QUEUED_PAUSE_WINDOW_MS, pause({})))).toBe("send");
  });

  it("is declined as stale past the window: the partner would get a fresh full pause long after the moment", () => {
    expect(judgeQueuedPause(queued, state(T + QUEUED_PAUSE_WINDOW_MS + 1, null))).toBe("stale");
  });

  it("is not sent as a second pause when one is running, or began after the tap and already ended", () => {
    const running = pause({ startedAt: T - 60_000, endsAt: T + 540_000, endedAt: null, endReason: null });
    expect(judgeQueuedPause(queued, state(T + 10_000, running))).toBe("meanwhile");
    const laterEnded = pause({ startedAt: T + 5_000, endsAt: T + 605_000, endedAt: T + 20_000, endReason: "ENDED_EARLY" });
    expect(judgeQueuedPause(queued, state(T + 30_000, laterEnded))).toBe("meanwhile");
    // even when the tap is also stale, "a pause already happened" is what the person is told
    expect(judgeQueuedPause(queued, state(T + QUEUED_PAUSE_WINDOW_MS * 3, laterEnded))).toBe("meanwhile");
  });

  it("is still sent when the only pause meanwhile was undone as a mistaken tap", () => {
    const undone = pause({ startedAt: T + 5_000, endsAt: T + 605_000, endedAt: T + 7_000, endReason: "UNDONE" });
    expect(judgeQueuedPause(queued, state(T + 30_000, undone))).toBe("send");
  });
});
