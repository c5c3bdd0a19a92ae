import { endPause, markPartnerReady, reconvene, StaleIdentity, startPause, tryEndPause, undoPause, type PauseActor } from "../../pause/mutations";
import { getPauseState } from "../../pause/queries";
import { PauseRefSchema, ReconveneSchema, StartPauseSchema, SyncPauseSchema } from "../../pause/schemas";
import type { SocketIdentity } from "../events";
import { defineHandler } from "../types";

const actor = (identity: SocketIdentity & { coupleId: string }): PauseActor => ({
  userId: identity.userId,
  coupleId: identity.coupleId,
  sessionId: identity.sessionId,
});

// perSecond is per socket (a flood gets "slow down" before the database); pause:start also has a
// per-user limit shared across nodes (lib/rate-limit "pauseStart").
// Start and end are the hot path: their statements check the session and membership themselves
// (identityCheck "in-statement"), and only when that check fails is the identity re-resolved,
// which refuses and disconnects exactly as the usual check before an event would.
export const pauseStart = defineHandler({
  event: "pause:start",
  access: "couple",
  identityCheck: "in-statement",
  schema: StartPauseSchema,
  perSecond: 3,
  handle: async (_input, { identity, recheck }) => {
    const { state, created } = await startPause(actor(identity)).catch(async (err: unknown) => {
      if (!(err instanceof StaleIdentity)) throw err;
      return startPause(actor(await recheck()));
    });
    return { ...state, created };
  },
});

export const pauseEnd = defineHandler({
  event: "pause:end",
  access: "couple",
  identityCheck: "in-statement",
  schema: PauseRefSchema,
  perSecond: 3,
  handle: async (input, { identity, recheck }) => (await tryEndPause(actor(identity), input)) ?? endPause(actor(await recheck()), input),
});

export const pauseReady = defineHandler({
  event: "pause:ready",
  access: "couple",
  schema: PauseRefSchema,
  perSecond: 3,
  handle: (input, { identity }) => markPartnerReady(actor(identity), input),
});

export const pauseUndo = defineHandler({
  event: "pause:undo",
  access: "couple",
  schema: PauseRefSchema,
  perSecond: 3,
  handle: (input, { identity }) => undoPause(actor(identity), input),
});

export const pauseReconvene = defineHandler({
  event: "pause:reconvene",
  access: "couple",
  schema: ReconveneSchema,
  perSecond: 3,
  handle: (input, { identity }) => reconvene(actor(identity), input),
});

/** Re-reads the authoritative state (after a reconnect, a wake-up, a page shown from cache). */
export const pauseSync = defineHandler({
  event: "pause:sync",
  access: "couple",
  schema: SyncPauseSchema,
  perSecond: 5,
  handle: (_input, { identity }) => getPauseState(identity.coupleId),
});

export const pauseHandlers = [pauseStart, pauseEnd, pauseReady, pauseUndo, pauseReconvene, pauseSync] as const;
