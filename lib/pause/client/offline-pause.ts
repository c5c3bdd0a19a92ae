"use client";

import { runOperation, UNREACHABLE } from "../../operations/client/run-operation";
import { onSocket } from "../../realtime/client/socket";
import { isOffline, sendPauseIntent } from "./intents";
import { judgeQueuedPause } from "./queue";
import { acceptState, pauseStore, setQueued } from "./store";

let flushing = false;

/**
 * Sends a pause tapped offline once the server answers again, if it still means something:
 * first the server's state (what happened while we were away), then the verdict
 * (lib/pause/client/queue.ts), then `pause.start` — the same verb as any tap, so a pause the
 * partner started a moment earlier is shown instead of a second one.
 */
export async function flushQueuedPause() {
  const queued = pauseStore.getSnapshot().queued;
  if (!queued || flushing || isOffline()) return;
  flushing = true;
  try {
    const sync = await runOperation("pause.sync", {});
    if (!sync.ok) {
      // Still unreachable: wait for the next sign of a network. Refused (signed out, couple ended): say so.
      if (sync.error !== UNREACHABLE) setQueued(null, { kind: "refused", tappedAt: queued.tappedAt, error: sync.error });
      return;
    }
    acceptState(sync.data, Date.now(), false);
    const verdict = judgeQueuedPause(queued, sync.data);
    if (verdict !== "send") {
      setQueued(null, { kind: verdict, tappedAt: queued.tappedAt });
      return;
    }
    // The tap's key: a send whose answer was lost and is tried again at the next "online" starts no second pause.
    const res = await sendPauseIntent("pause.start", queued.key ? { key: queued.key } : {});
    // pause.start answers `created: false` when a pause was already running (the partner's, a moment ago).
    const created = res.ok && (res.data as { created?: boolean }).created !== false;
    if (res.ok) setQueued(null, { kind: created ? "sent" : "meanwhile", tappedAt: queued.tappedAt });
    else if (res.error !== UNREACHABLE) setQueued(null, { kind: "refused", tappedAt: queued.tappedAt, error: res.error });
  } finally {
    flushing = false;
  }
}

/** A tap undone before the network came back: nothing is sent. */
export function cancelQueuedPause() {
  setQueued(null, null);
}

let watching = false;
/** Tries to send a queued pause whenever the network may be back: online, socket up, app shown. */
export function watchQueuedPause() {
  if (watching || typeof window === "undefined") return;
  watching = true;
  const flush = () => void flushQueuedPause().catch(() => undefined);
  window.addEventListener("online", flush);
  onSocket("connect", flush);
  document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && flush());
  flush();
}
