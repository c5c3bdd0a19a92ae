import type { ClockEstimate } from "../clock";
import type { PauseStatePayload } from "../state";
import type { QueuedPause } from "./queue";

/**
 * The last known pause, this phone's clock offset and a pause waiting to be sent, kept in
 * localStorage under the person's id so the pause opens and keeps counting offline, and a tap
 * made offline survives a reload. Signing out clears them (lib/pwa/client/forget-device.ts).
 */
export interface KeptPause {
  payload: PauseStatePayload | null;
  clock: ClockEstimate | null;
  queued: QueuedPause | null;
}

export const keptPauseKey = (userId: string) => `steady:pause:${userId}`;

export function readKeptPause(userId: string): KeptPause | null {
  try {
    const raw = window.localStorage.getItem(keptPauseKey(userId));
    if (!raw) return null;
    const v = JSON.parse(raw) as KeptPause;
    const clock =
      v.clock && typeof v.clock.offset === "number"
        ? { offset: v.clock.offset, delay: typeof v.clock.delay === "number" ? v.clock.delay : Number.POSITIVE_INFINITY }
        : null;
    const payload = v.payload && typeof v.payload.serverNow === "number" ? v.payload : null;
    const queued = v.queued && typeof v.queued.tappedAt === "number" && typeof v.queued.endsAt === "number" ? v.queued : null;
    // A key the server would refuse (edited storage) is dropped: the tap is then sent without one.
    if (queued && !(typeof queued.key === "string" && /^[\w-]{8,64}$/.test(queued.key))) delete queued.key;
    return { payload, clock, queued };
  } catch {
    return null;
  }
}

export function writeKeptPause(userId: string, kept: KeptPause) {
  try {
    // JSON has no Infinity: a one-way clock estimate's delay is written as null and read back as Infinity.
    window.localStorage.setItem(keptPauseKey(userId), JSON.stringify(kept));
  } catch {
    /* private mode or a full disk: the pause still works online */
  }
}
