"use client";

import { sendOperation } from "../../operations/client/send-operation";
import type { OperationInput } from "../../operations/registry";
import type { ActionResult } from "../../operations/result";
import type { PauseStatePayload } from "../state";
import { UNREACHABLE } from "../../operations/client/run-operation";
import { acceptState, currentOffset, setPending, setQueued } from "./store";
import { newTapKey } from "./tap-key";

type PauseVerb = "pause.start" | "pause.end" | "pause.markReady" | "pause.undo" | "pause.reconvene";

/** Sends a pause verb (socket first, then HTTP) and shows the server's answer at once. */
export function sendPauseIntent<N extends PauseVerb>(name: N, input: OperationInput<N>): Promise<ActionResult<PauseStatePayload>>;
export async function sendPauseIntent(name: PauseVerb, input: unknown): Promise<ActionResult<PauseStatePayload>> {
  // Every pause verb answers with the couple's pause state.
  const res: ActionResult<PauseStatePayload> & { viaSocket: boolean } = await sendOperation(name, input as OperationInput<PauseVerb>);
  // Only a socket answer carries a usable clock sample; an HTTP one may have waited in queues.
  if (res.ok) acceptState(res.data, Date.now(), res.viaSocket);
  return res;
}

/**
 * One tap: the countdown appears at once (optimistic, on the estimated server clock), then the
 * server's answer replaces it. A failure stays on screen with "Try again"; nothing fails silently.
 * `key`: a retry of a tap passes that tap's key (a new tap gets a new one).
 */
export async function startPauseNow(minutes: number, key = newTapKey()) {
  const startedAt = Date.now() + currentOffset();
  const pending = { startedAt, endsAt: startedAt + minutes * 60_000, key };
  // Offline, the pause starts here at once and waits for the network (lib/pause/client/offline-pause.ts).
  const queue = () => setQueued({ tappedAt: startedAt, endsAt: pending.endsAt, minutes, key }, null);
  if (isOffline()) return queue();
  setPending({ ...pending, status: "sending" });
  // One key for the tap: sendOperation's HTTP fallback resends this same input.
  const res = await sendPauseIntent("pause.start", { key });
  if (res.ok) return;
  if (res.error === UNREACHABLE && isOffline()) {
    setPending(null);
    return queue();
  }
  setPending({ ...pending, status: "failed", error: res.error });
}

/** The browser knows it has no network (a dead Wi-Fi with no route reads as online: then the tap fails visibly). */
export function isOffline(): boolean {
  return typeof navigator !== "undefined" && navigator.onLine === false;
}
