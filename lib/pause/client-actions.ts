"use client";

import type { ActionResult } from "../actions/operation";
import type { Ack } from "../realtime/events";
import { getSocket, request } from "../realtime/client";
import { endPauseAction, markPartnerReadyAction, reconveneAction, startPauseAction, undoPauseAction } from "./actions";
import { acceptState, currentOffset, setPending } from "./client-store";
import type { PauseStatePayload } from "./state";

type Intent =
  | { event: "pause:start"; payload: Record<string, never> }
  | { event: "pause:end" | "pause:ready" | "pause:undo"; payload: { pauseId: string } }
  | { event: "pause:reconvene"; payload: { pauseId: string; choice: "TALK_NOW" | "EXTEND" | "SCHEDULE"; at?: number } };

const fallbacks: Record<Intent["event"], (input: unknown) => Promise<ActionResult<PauseStatePayload>>> = {
  "pause:start": startPauseAction,
  "pause:end": endPauseAction,
  "pause:ready": markPartnerReadyAction,
  "pause:undo": undoPauseAction,
  "pause:reconvene": reconveneAction,
};

/**
 * Sends a pause intent over the socket; if the socket is down or silent, the same operation goes
 * over HTTP (a server action). A refusal from the server is an answer, not a reason to retry.
 */
export async function sendPauseIntent(intent: Intent): Promise<Ack<PauseStatePayload>> {
  if (getSocket().connected) {
    try {
      const res = (await request(intent.event, intent.payload as never, 4000)) as Ack<PauseStatePayload>;
      if (res.ok) acceptState(res.data);
      return res;
    } catch {
      // no answer in time: try HTTP below
    }
  }
  try {
    const res = await fallbacks[intent.event](intent.payload);
    if (res.ok) {
      acceptState(res.data, Date.now(), false);
      return res;
    }
    return { ok: false, error: res.error, ...(res.retryAfterSeconds ? { retryAfterSeconds: res.retryAfterSeconds } : {}) };
  } catch {
    return { ok: false, error: "We couldn’t reach Steady. Check your connection; we’ll keep trying." };
  }
}

/**
 * One tap: the countdown appears at once (optimistic, on the estimated server clock), then the
 * server's answer replaces it. A failure stays on screen with "Try again"; nothing fails silently.
 */
export async function startPauseNow(minutes: number) {
  const startedAt = Date.now() + currentOffset();
  const pending = { startedAt, endsAt: startedAt + minutes * 60_000 };
  setPending({ ...pending, status: "sending" });
  const res = await sendPauseIntent({ event: "pause:start", payload: {} });
  if (!res.ok) setPending({ ...pending, status: "failed", error: res.error });
}
