import { QUEUED_PAUSE_WINDOW_MS } from "../constants";
import { phaseAt, type PauseStatePayload } from "../state";

/** A pause tapped while offline, kept on this phone until the network returns. */
export interface QueuedPause {
  /** When it was tapped, on the server's clock as this phone knew it. */
  tappedAt: number;
  endsAt: number;
  minutes: number;
  /** The tap's key, sent with it once the network is back (absent in a pause kept by an older version). */
  key?: string;
}

/**
 * What to do with a queued pause once the server answers again, judged on the server's state and
 * clock: "meanwhile" when a pause is running or one began after the tap (the partner's, or
 * another of my phones'), "stale" when the tap is older than the window, else "send".
 */
export type QueueVerdict = "send" | "stale" | "meanwhile";

export function judgeQueuedPause(queued: QueuedPause, state: PauseStatePayload): QueueVerdict {
  const now = state.serverNow;
  const last = state.pause;
  if (last && (phaseAt(last, now) === "counting" || (last.endReason !== "UNDONE" && last.startedAt >= queued.tappedAt))) return "meanwhile";
  if (now - queued.tappedAt > QUEUED_PAUSE_WINDOW_MS) return "stale";
  return "send";
}

/** What the phone says once a queued pause has been dealt with. */
export type QueueOutcome =
  | { kind: "sent"; tappedAt: number }
  | { kind: "stale"; tappedAt: number }
  | { kind: "meanwhile"; tappedAt: number }
  | { kind: "refused"; tappedAt: number; error: string };
