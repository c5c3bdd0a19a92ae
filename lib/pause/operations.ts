import { defineOperation, type OperationContext } from "../operations/define";
import { endPause, markPartnerReady, reconvene, startPause, undoPause, type PauseActor } from "./mutations";
import { PauseStateSchema, PauseSummarySchema, StartedPauseSchema } from "./outputs";
import { getPauseState } from "./queries";
import { PauseRefSchema, ReconveneSchema, StartPauseSchema, SyncPauseSchema } from "./schemas";
import { summarizePause } from "./summary";

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
  tokenId: member.token?.id ?? null,
});

export const startPauseOp = defineOperation({
  name: "pause.start",
  access: "couple",
  input: StartPauseSchema,
  rateLimit: { limit: "pauseStart", what: "pauses started" },
  socket: { perSecond: 3, identityCheck: "in-statement" },
  api: {
    method: "POST",
    path: "/pause/start",
    scopes: ["pause"],
    summary: "Start the pause",
    description: "One tap, as on the Pause button: the partner’s open screens show the countdown at once. Starting while a pause runs shows that one (`created: false`). Send a `key` of your own (8–64 letters, digits, `-` or `_`), new for each tap and the same when you retry that tap: a retry then returns the pause the first attempt started instead of starting another.",
    output: StartedPauseSchema,
  },
  run: async (input, ctx) => {
    const { state, created } = await startPause(actor(ctx), input.key ?? null);
    return { ...state, created };
  },
});

export const endPauseOp = defineOperation({
  name: "pause.end",
  access: "couple",
  input: PauseRefSchema,
  rateLimit: live,
  socket: { perSecond: 3, identityCheck: "in-statement" },
  api: {
    method: "POST",
    path: "/pause/end",
    scopes: ["pause"],
    summary: "End the pause early (“I’m ready to talk”)",
    description: "Only the one who asked for the pause ends it before zero; the partner can say they’re ready (`/pause/ready`). Read the pause’s id from `GET /pause`.",
    output: PauseStateSchema,
  },
  run: (input, ctx) => endPause(actor(ctx), input),
});

export const markReadyOp = defineOperation({
  name: "pause.markReady",
  access: "couple",
  input: PauseRefSchema,
  rateLimit: live,
  socket: { perSecond: 3 },
  api: {
    method: "POST",
    path: "/pause/ready",
    scopes: ["pause"],
    summary: "Say “I’m ready too” (the partner)",
    description: "The partner lets the one who asked for the pause know they’re ready; it never ends the pause for them.",
    output: PauseStateSchema,
  },
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

/** The pause as a widget or a watch shows it: the phase, the seconds left, who asked, what happens at zero. */
export const pauseStateOp = defineOperation({
  name: "pause.state",
  access: "couple",
  input: SyncPauseSchema,
  rateLimit: live,
  api: {
    method: "GET",
    path: "/pause",
    scopes: ["pause", "read"],
    summary: "Read the pause",
    description: "For widgets and watches: whether a pause is running, the seconds left, who asked for it and what we agreed happens at zero.",
    output: PauseSummarySchema,
  },
  run: async (_input, { member }) => summarizePause(await getPauseState(member.couple.id), member),
});

export const pauseOperations = [startPauseOp, endPauseOp, markReadyOp, undoPauseOp, reconveneOp, syncPauseOp, pauseStateOp] as const;
