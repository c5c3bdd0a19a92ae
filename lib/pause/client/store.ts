"use client";

import { runOperation } from "../../operations/client/run-operation";
import { isSocketConnected, onSocket, request } from "../../realtime/client/socket";
import { afterOneWay, oneWayEstimate, shouldReplace, syncClock, type ClockEstimate } from "../clock";
import type { PauseStatePayload, PauseView } from "../state";
import { readKeptPause, writeKeptPause } from "./kept";
import type { QueueOutcome, QueuedPause } from "./queue";

/** A tap whose answer has not come back yet: shown at once as a countdown (optimistic). */
export interface PendingStart {
  startedAt: number;
  endsAt: number;
  status: "sending" | "failed";
  error?: string;
  /** The tap's key (lib/pause/client/tap-key.ts): "Try again" resends the same tap. */
  key: string;
}

export interface PauseSnapshot {
  payload: PauseStatePayload | null;
  clock: ClockEstimate | null;
  pending: PendingStart | null;
  connected: boolean;
  /** A pause tapped while offline, counting here and waiting for the network (lib/pause/client/queue.ts). */
  queued: QueuedPause | null;
  /** What became of the last queued pause, until the person dismisses it. */
  queueOutcome: QueueOutcome | null;
}

let snapshot: PauseSnapshot = { payload: null, clock: null, pending: null, connected: false, queued: null, queueOutcome: null };
/** Whose pause this is: the signed-in person, whose last known state is kept on this phone. */
let owner: string | null = null;
/**
 * The clock estimate came from this phone's storage (measured in an earlier session). It serves
 * offline and while this visit's first round trips are on their way; those replace it outright,
 * since the phone's clock may have moved since (a one-way message only when it proves it wrong).
 */
let clockFromKept = false;
const SERVER_SNAPSHOT: PauseSnapshot = snapshot;
const listeners = new Set<() => void>();

function update(next: Partial<PauseSnapshot>) {
  snapshot = { ...snapshot, ...next };
  if (owner && ("payload" in next || "clock" in next || "queued" in next)) {
    writeKeptPause(owner, { payload: snapshot.payload, clock: snapshot.clock, queued: snapshot.queued });
  }
  for (const listener of listeners) listener();
}

/**
 * Binds the store to the signed-in person and restores what this phone last knew: a page opened
 * offline (from the service worker's copy, rendered earlier) then shows the newest pause state,
 * counts on the last clock offset, and still holds a pause tapped offline.
 */
export function bindPauseOwner(userId: string) {
  if (owner === userId) return;
  owner = userId;
  const kept = readKeptPause(userId);
  const next: Partial<PauseSnapshot> = {};
  if (!kept) {
    // Nothing kept yet: keep what this page already knows, so a reload offline finds it.
    if (snapshot.payload || snapshot.clock) update({ payload: snapshot.payload });
    return;
  }
  if (kept.payload && (!snapshot.payload || kept.payload.serverNow > snapshot.payload.serverNow)) next.payload = kept.payload;
  if (kept.clock && !snapshot.clock) {
    next.clock = kept.clock;
    clockFromKept = true;
  }
  if (kept.queued && !snapshot.queued) next.queued = kept.queued;
  update(next);
}

export function setQueued(queued: QueuedPause | null, queueOutcome?: QueueOutcome | null) {
  update(queueOutcome === undefined ? { queued } : { queued, queueOutcome });
}

export function dismissQueueOutcome() {
  update({ queueOutcome: null });
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
  const live = fromSocket ? oneWayEstimate(payload.serverNow, receivedAt) : null;
  const clock = live ? afterOneWay(snapshot.clock, live, clockFromKept) : snapshot.clock;
  if (clock === live) clockFromKept = false;
  update({ payload, pending: null, clock });
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
    if (clockFromKept || shouldReplace(snapshot.clock, estimate) || attempt >= 3) {
      clockFromKept = false;
      update({ clock: estimate });
    }
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
  // Another node's broadcasts may have been missed (Redis was away): read the truth again.
  onSocket("system:resync", () => refreshPause());
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

function optimistic(startedAt: number, endsAt: number): PauseView {
  return {
    id: "",
    startedById: null,
    startedAt,
    endsAt,
    minutes: Math.round((endsAt - startedAt) / 60_000),
    extensions: 0,
    partnerReadyAt: null,
    endedAt: null,
    endedById: null,
    endReason: null,
    reconveneChoice: null,
    reconveneAt: null,
  };
}

/**
 * The pause to show: the optimistic one while a tap is on its way, a pause tapped offline (unless
 * a pause that began before it is still open), else the server's.
 */
export function displayedPause(s: PauseSnapshot): PauseView | null {
  if (s.pending) return optimistic(s.pending.startedAt, s.pending.endsAt);
  const server = s.payload?.pause ?? null;
  const q = s.queued;
  if (q && !(server && server.endedAt === null && server.endsAt > q.tappedAt)) return optimistic(q.tappedAt, q.endsAt);
  return server;
}
