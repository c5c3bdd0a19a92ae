import { endPause, markPartnerReady, reconvene, startPause, undoPause, type PauseActor } from "../../pause/mutations";
import { getPauseState } from "../../pause/queries";
import { PauseRefSchema, ReconveneSchema, StartPauseSchema, SyncPauseSchema } from "../../pause/schemas";
import type { SocketIdentity } from "../events";
import { defineHandler } from "../types";

const actor = (identity: SocketIdentity & { coupleId: string }): PauseActor => ({ userId: identity.userId, coupleId: identity.coupleId });

// perSecond is per socket (a flood gets "slow down" before the database); pause:start also has a
// per-user limit shared across nodes (lib/rate-limit "pauseStart").
export const pauseStart = defineHandler({
  event: "pause:start",
  access: "couple",
  schema: StartPauseSchema,
  perSecond: 3,
  handle: async (_input, { identity }) => {
    const { state, created } = await startPause(actor(identity));
    return { ...state, created };
  },
});

export const pauseEnd = defineHandler({
  event: "pause:end",
  access: "couple",
  schema: PauseRefSchema,
  perSecond: 3,
  handle: (input, { identity }) => endPause(actor(identity), input),
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
