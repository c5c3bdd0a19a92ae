import { defineOperation, type OperationContext } from "../actions/operation";
import { endPause, markPartnerReady, reconvene, startPause, undoPause, type PauseActor } from "./mutations";
import { getPauseState } from "./queries";
import { PauseRefSchema, ReconveneSchema, StartPauseSchema, SyncPauseSchema } from "./schemas";

/**
 * The same pause writes over HTTP (server actions), for when the socket is down.
 * The authorization matrix enumerates every operation exported here.
 */
const actor = ({ member }: OperationContext<"couple">): PauseActor => ({
  userId: member.user.id,
  coupleId: member.couple.id,
  sessionId: member.sessionId,
});

export const startPauseOp = defineOperation({
  name: "pause.start",
  access: "couple",
  schema: StartPauseSchema,
  run: async (_input, ctx) => {
    const { state, created } = await startPause(actor(ctx));
    return { ...state, created };
  },
});

export const endPauseOp = defineOperation({
  name: "pause.end",
  access: "couple",
  schema: PauseRefSchema,
  run: (input, ctx) => endPause(actor(ctx), input),
});

export const markPartnerReadyOp = defineOperation({
  name: "pause.ready",
  access: "couple",
  schema: PauseRefSchema,
  run: (input, ctx) => markPartnerReady(actor(ctx), input),
});

export const undoPauseOp = defineOperation({
  name: "pause.undo",
  access: "couple",
  schema: PauseRefSchema,
  run: (input, ctx) => undoPause(actor(ctx), input),
});

export const reconveneOp = defineOperation({
  name: "pause.reconvene",
  access: "couple",
  schema: ReconveneSchema,
  run: (input, ctx) => reconvene(actor(ctx), input),
});

export const pauseStateOp = defineOperation({
  name: "pause.state",
  access: "couple",
  schema: SyncPauseSchema,
  run: (_input, ctx) => getPauseState(ctx.member.couple.id),
});
