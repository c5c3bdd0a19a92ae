import { defineOperation, type OperationContext } from "../operations/define";
import { endPause, markPartnerReady, reconvene, startPause, undoPause, type PauseActor } from "./mutations";
import { getPauseState } from "./queries";
import { PauseRefSchema, ReconveneSchema, StartPauseSchema, SyncPauseSchema } from "./schemas";

/**
 * The pause's verbs: live over the socket, and over HTTP when the socket is down. Per-socket
 * floods are told to slow down before any query; pause.start also has a per-user limit shared
 * across nodes. Start and end are the hot path: their statements check the session and
 * membership themselves ("in-statement"), so a socket skips the separate identity query.
 */
const live = { limit: "live", what: "requests" } as const;

const actor = ({ member }: OperationContext<"couple">): PauseActor => ({
  userId: member.user.id,
  coupleId: member.couple.id,
  sessionId: member.sessionId,
});

export const startPauseOp = defineOperation({
  name: "pause.start",
  access: "couple",
  input: StartPauseSchema,
  rateLimit: { limit: "pauseStart", what: "pauses started" },
  socket: { perSecond: 3, identityCheck: "in-statement" },
  run: async (_input, ctx) => {
    const { state, created } = await startPause(actor(ctx));
    return { ...state, created };
  },
});

export const endPauseOp = defineOperation({
  name: "pause.end",
  access: "couple",
  input: PauseRefSchema,
  rateLimit: live,
  socket: { perSecond: 3, identityCheck: "in-statement" },
  run: (input, ctx) => endPause(actor(ctx), input),
});

export const markReadyOp = defineOperation({
  name: "pause.markReady",
  access: "couple",
  input: PauseRefSchema,
  rateLimit: live,
  socket: { perSecond: 3 },
  run: (input, ctx) => markPartnerReady(actor(ctx), input),
});

export const undoPauseOp = defineOperation({
  name: "pause.undo",
  access: "couple",
  input: PauseRefSchema,
  rateLimit: live,
  socket: { perSecond: 3 },
  run: (input, ctx) => undoPause(actor(ctx), input),
});

export const reconveneOp = defineOperation({
  name: "pause.reconvene",
  access: "couple",
  input: ReconveneSchema,
  rateLimit: live,
  socket: { perSecond: 3 },
  run: (input, ctx) => reconvene(actor(ctx), input),
});

/** Re-reads the authoritative state (after a reconnect, a wake-up, a page shown from cache). */
export const syncPauseOp = defineOperation({
  name: "pause.sync",
  access: "couple",
  input: SyncPauseSchema,
  rateLimit: live,
  socket: { perSecond: 5 },
  run: (_input, ctx) => getPauseState(ctx.member.couple.id),
});

export const pauseOperations = [startPauseOp, endPauseOp, markReadyOp, undoPauseOp, reconveneOp, syncPauseOp] as const;
