"use client";

import { runOperation } from "../../operations/client/run-operation";
import { isSocketConnected, onSocket, request } from "../../realtime/client/socket";
import { better, oneWayEstimate, shouldReplace, syncClock, type ClockEstimate } from "../clock";
import type { PauseStatePayload, PauseView } from "../state";

/** A tap whose answer has not come back yet: shown at once as a countdown (optimistic). */
export interface PendingStart {
  startedAt: number;
  endsAt: number;
  status: "sending" | "failed";
  error?: string;
}

export interface PauseSnapshot {
  payload: PauseStatePayload | null;
  clock: ClockEstimate | null;
  pending: PendingStart | null;
  connected: boolean;
}

let snapshot: PauseSnapshot = { payload: null, clock: null, pending: null, connected: false };
const SERVER_SNAPSHOT: PauseSnapshot = snapshot;
const listeners = new Set<() => void>();

function update(next: Partial<PauseSnapshot>) {
  snapshot = { ...snapshot, ...next };
  for (const listener of listeners) listener();
}

export const pauseStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    wire();
    return () => {
      listeners.delete(listener);
    };
  },
  getSnapshot: () => snapshot,
  getServerSnapshot: () => SERVER_SNAPSHOT,
};

/** Add to Date.now() to read the server's clock (0 until the first estimate). */
export function currentOffset(): number {
  return snapshot.clock?.offset ?? 0;
}

/**
 * Takes an authoritative state. The one read last on the server wins (serverNow), so a slow
 * sync answer can never overwrite a newer broadcast.
 */
export function acceptState(payload: PauseStatePayload, receivedAt = Date.now(), fromSocket = true) {
  const current = snapshot.payload;
  if (current && payload.serverNow < current.serverNow) return;
  update({
    payload,
    pending: null,
    clock: fromSocket ? better(snapshot.clock, oneWayEstimate(payload.serverNow, receivedAt)) : snapshot.clock,
  });
}

/** Seeds the store with the state the server rendered the page with (its clock isn't used). */
export function seedState(payload: PauseStatePayload | null) {
  if (payload && !snapshot.payload) update({ payload });
}

export function setPending(pending: PendingStart | null) {
  update({ pending });
}

let clockSyncing = false;
let resyncAgain = false;
async function resyncClock(attempt = 1) {
  // A round already running (perhaps into a link that just died) must not swallow this one:
  // run another as soon as it ends, e.g. when the socket has reconnected.
  if (clockSyncing) {
    resyncAgain = true;
    return;
  }
  clockSyncing = true;
  try {
    const estimate = await syncClock({
      ping: async () => {
        const res = await request("system:ping", {}, 3000);
        if (!res.ok) throw new Error(res.error);
        return res.data.serverNow;
      },
    });
    if (!estimate) return;
    // A fresh round normally replaces the old estimate (the clock may have jumped while asleep);
    // a round spoiled by a network still waking up is retried a few times before it is believed.
    if (shouldReplace(snapshot.clock, estimate) || attempt >= 3) update({ clock: estimate });
    else setTimeout(() => void resyncClock(attempt + 1).catch(() => undefined), 1000 * attempt);
  } finally {
    clockSyncing = false;
    if (resyncAgain) {
      resyncAgain = false;
      void resyncClock().catch(() => undefined);
    }
  }
}

/** Re-reads the authoritative state and the clock: on (re)connect, on wake-up, on a page shown from cache. */
export function refreshPause() {
  if (!isSocketConnected()) {
    // The socket is down: read it over HTTP so a reload on a bad network still shows the truth.
    void runOperation("pause.sync", {}).then((res) => res.ok && acceptState(res.data, Date.now(), false));
    return;
  }
  void request("pause:sync", {}, 4000)
    .then((res) => res.ok && acceptState(res.data))
    .catch(() => undefined);
  void resyncClock().catch(() => undefined);
}

let wired = false;
function wire() {
  if (wired || typeof window === "undefined") return;
  wired = true;
  onSocket("pause:state", (payload) => acceptState(payload));
  onSocket("connect", () => {
    update({ connected: true });
    refreshPause();
  });
  onSocket("disconnect", () => update({ connected: false }));
  if (isSocketConnected()) {
    update({ connected: true });
    refreshPause();
  }
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") refreshPause();
  });
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) refreshPause();
  });
  window.addEventListener("online", () => refreshPause());
}

/** The pause to show: the server's, or the optimistic one while the tap is on its way. */
export function displayedPause(s: PauseSnapshot): PauseView | null {
  if (s.pending) {
    return {
      id: "",
      startedById: null,
      startedAt: s.pending.startedAt,
      endsAt: s.pending.endsAt,
      minutes: Math.round((s.pending.endsAt - s.pending.startedAt) / 60_000),
      extensions: 0,
      partnerReadyAt: null,
      endedAt: null,
      endedById: null,
      endReason: null,
      reconveneChoice: null,
      reconveneAt: null,
    };
  }
  return s.payload?.pause ?? null;
}
