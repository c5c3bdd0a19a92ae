import { randomUUID } from "node:crypto";
import { db, rawQuery } from "../db";
import { named, sql } from "../db/raw";
import { isUniqueViolation } from "../db/unique-violation";
import { databaseFailure } from "../db/unavailable";
import { env } from "../env";
import { AppError, StaleIdentity } from "../errors";
import { enqueue, type JobRow } from "../jobs/queue";
import { jobLeaseSeconds, kickJobs, runJobSoon, runLeasedJob } from "../jobs/worker";
import { emitToCouple } from "../realtime/io";
import { TOUCH_EVERY_MS } from "../auth/sessions";
import { appendEvent } from "../timeline/append";
import { getPauseState } from "./queries";
import { DEFAULT_PAUSE_MINUTES, EXTEND_MINUTES, MAX_PAUSE_MS, UNDO_WINDOW_MS } from "./constants";
import { pauseColumns, pauseSelect, toPauseView, type PauseRow } from "./row";
import { activePauseRuleContent, planFromRuleContent } from "./rule";
import type { PauseRefInput, ReconveneInput } from "./schemas";
import type { PauseStatePayload } from "./state";

/**
 * Who acts: a member of an active couple (resolved by the operation guard), and the session or
 * the API token they act from. The start and end statements check that credential and membership
 * again themselves (throwing StaleIdentity when it no longer holds), which lets sockets skip a
 * separate identity query on the hot path (the "in-statement" option of lib/operations/define.ts).
 */
export interface PauseActor {
  userId: string;
  coupleId: string;
  sessionId: string | null;
  /** Set when the caller is a personal access token (the JSON API) rather than a session. */
  tokenId?: string | null;
}

export interface StartResult {
  state: PauseStatePayload;
  /** False when a pause was already running: tapping during a pause shows it. */
  created: boolean;
}

const MINUTE = 60_000;

/** Sends the authoritative state to both partners' open screens, on every node. */
function broadcast(coupleId: string, state: PauseStatePayload) {
  emitToCouple(coupleId, "pause:state", state);
}

/**
 * A write verb failed because of the database (decision 012): its outcome may be unknown to this
 * node, yet real. The hot path may have stopped waiting for a statement PostgreSQL still commits;
 * a connection may be cut as its COMMIT succeeds; or the write committed and the read for its
 * broadcast failed (a restart between the two). Nobody told the phones, and a PostgreSQL restart
 * triggers no resync. So, once the database answers again, both phones get the couple's state;
 * the tapper was told "unavailable" or "we can't tell yet whether that went through". An
 * unconfirmed statement is waited out (the server's statement timeout surely ends it); otherwise
 * the read is tried every 2 s for a minute (a restart takes seconds). One read per failed tap.
 */
function resendWhenSettled(coupleId: string, err: unknown) {
  const reason = databaseFailure(err);
  if (!reason) return;
  const giveUpAt = Date.now() + 60_000;
  const attempt = (delayMs: number) =>
    setTimeout(() => {
      getPauseState(coupleId).then(
        (state) => broadcast(coupleId, state),
        () => {
          // Still away: again, and past the minute the phones re-read on reconnect or resync.
          if (Date.now() < giveUpAt) attempt(2000);
        },
      );
    }, delayMs).unref();
  attempt(reason === "unconfirmed" ? env().DATABASE_STATEMENT_TIMEOUT_MS + 500 : 1000);
}

/** Runs one write verb; a database failure anywhere in it (write or broadcast read) resends later. */
async function settling<T>(coupleId: string, verb: () => Promise<T>): Promise<T> {
  try {
    return await verb();
  } catch (err) {
    resendWhenSettled(coupleId, err);
    throw err;
  }
}

/**
 * One tap. The partial unique index "one open pause per couple" makes it idempotent under a race:
 * the loser's insert fails and it returns the winner's pause. A pause whose time ran out without
 * a choice is closed as EXPIRED and the new one starts. `key` is the tap's own (the phone makes
 * one per tap and resends it with every retry): a retry whose first attempt did start a pause,
 * its answer lost, finds that pause even after it ended, instead of starting a second one.
 */
export function startPause(actor: PauseActor, key: string | null = null): Promise<StartResult> {
  return settling(actor.coupleId, () => startOnce(actor, key));
}

async function startOnce(actor: PauseActor, key: string | null): Promise<StartResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const started = await insertPause(actor, key);
      if (!started) return retriedTap(actor, await tappedWith(actor, key!));
      const { pause, plan, pushJob } = started;
      const state: PauseStatePayload = { pause, plan, serverNow: Date.now() };
      broadcast(actor.coupleId, state);
      // The partner's socket has its state; the push to a locked phone follows, never awaited here.
      if (pushJob) runLeasedJob(pushJob);
      return { state, created: true };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
    // The same tap's other attempt may have won the race (its key's index, or the open pause's).
    const mine = key ? await tappedWith(actor, key) : null;
    if (mine) return retriedTap(actor, mine);
    const open = await db.pause.findFirst({ where: { coupleId: actor.coupleId, endedAt: null }, select: pauseSelect });
    if (!open) continue; // closed in between: try again
    if (open.endsAt.getTime() > Date.now()) {
      // The open pause is the couple's latest: the partner's tap created it. Told again to both
      // phones: that tap's own broadcast may have been lost (decision 012).
      return { state: await afterChange(actor), created: false };
    }
    await db.$transaction(async (tx) => {
      const { count } = await tx.pause.updateMany({
        where: { id: open.id, endedAt: null },
        data: { endedAt: open.endsAt, endReason: "EXPIRED" },
      });
      if (count) await appendEvent(tx, actor.coupleId, null, "pause.expired", { pauseId: open.id });
    });
  }
  throw new AppError("conflict", "pause.errors.couldNotStart");
}

/**
 * A tap already carried out (its answer was lost): the couple's state, told again to both phones,
 * since the first attempt's broadcast may have been lost with its answer. `created` as the first
 * answer said, unless a later pause has since taken its place.
 */
async function retriedTap(actor: PauseActor, mine: { id: string } | null): Promise<StartResult> {
  const state = await afterChange(actor);
  return { state, created: state.pause?.id === mine?.id };
}

/** The pause this tap's key started, if an earlier attempt of the tap did start one. */
function tappedWith(actor: PauseActor, key: string) {
  return db.pause.findFirst({ where: { coupleId: actor.coupleId, startKey: key }, select: { id: true } });
}

/**
 * The caller's credential and membership, checked inside the statement itself with the rules of
 * resolveMember / resolveMemberByToken (a live session, or a live token made in this couple; an
 * existing user, member of this still-active couple), plus the session's once-a-minute lastSeenAt
 * touch. The start and end statements write nothing unless `me` has a row, which lets sockets
 * skip a separate identity query on the hot path.
 */
function callerCheck(actor: PauseActor) {
  return sql`me AS (
      SELECT m."userId" FROM "Membership" m
      JOIN "User" u ON u."id" = m."userId"
      JOIN "Couple" c ON c."id" = m."coupleId"
      WHERE m."userId" = ${actor.userId} AND m."coupleId" = ${actor.coupleId} AND c."endedAt" IS NULL
        AND (EXISTS (
          SELECT 1 FROM "Session" s WHERE s."id" = ${actor.sessionId} AND s."userId" = m."userId" AND s."revokedAt" IS NULL
            AND s."expiresAt" > (now() AT TIME ZONE 'UTC')
        ) OR EXISTS (
          SELECT 1 FROM "AccessToken" t WHERE t."id" = ${actor.tokenId ?? null} AND t."userId" = m."userId"
            AND t."coupleId" = m."coupleId" AND t."revokedAt" IS NULL
        ))
    ), touch AS (
      UPDATE "Session" SET "lastSeenAt" = (now() AT TIME ZONE 'UTC')
      WHERE "id" = ${actor.sessionId} AND EXISTS (SELECT 1 FROM me)
        AND "lastSeenAt" < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${TOUCH_EVERY_MS / 1000}::int)
    )`;
}

/**
 * A push job written by the pause's own statement, leased to this node (when it runs a worker) so
 * that it runs here at once without a claim; null lease: left to the nodes' pollers.
 */
function leasedPushJob(lease: number | null) {
  return sql`(now() AT TIME ZONE 'UTC') + make_interval(secs => ${lease}::int), (CASE WHEN ${lease}::int IS NULL THEN 0 ELSE 1 END)`;
}

function pushJobRow(id: string, kind: string, coupleId: string, runAt: Date, data: Record<string, unknown>, lease: number | null): JobRow | null {
  return lease === null ? null : { id, kind, coupleId, key: null, runAt, data, attempts: 1 };
}

/**
 * The hot path in one statement, one round trip: read the couple's active pause rule, insert the
 * pause (the partial unique index refuses a second open one), its timeline event and its two push
 * jobs (the partner's "a pause has started" now, leased to this node; "time to choose" at zero:
 * lib/push), atomically. startedAt is this server's clock, like every time the clients see.
 * Null when the tap's key already started a pause (nothing written).
 */
async function insertPause(actor: PauseActor, key: string | null) {
  const startedAt = new Date().toISOString();
  const pushJobId = randomUUID();
  const lease = jobLeaseSeconds();
  const rows = await rawQuery<PauseRow & { ruleContent: unknown; retried: boolean }>(named("pause_start", sql`
    WITH ${callerCheck(actor)}, rule AS (${activePauseRuleContent(actor.coupleId)}), len AS (
      SELECT COALESCE((SELECT ("content"->>'minutes')::int FROM rule), ${DEFAULT_PAUSE_MINUTES}::int) AS minutes
    ), prior AS (
      SELECT 1 FROM "Pause" WHERE "coupleId" = ${actor.coupleId} AND "startKey" = ${key}::text
    ), p AS (
      INSERT INTO "Pause" ("id", "coupleId", "startedById", "startedAt", "endsAt", "minutes", "startKey")
      SELECT ${randomUUID()}, ${actor.coupleId}, ${actor.userId},
             (${startedAt}::timestamptz AT TIME ZONE 'UTC'),
             (${startedAt}::timestamptz AT TIME ZONE 'UTC') + make_interval(mins => len.minutes),
             len.minutes, ${key}::text
      FROM len, me
      WHERE NOT EXISTS (SELECT 1 FROM prior)
      RETURNING *
    ), e AS (
      INSERT INTO "Event" ("id", "coupleId", "actorId", "type", "data")
      SELECT ${randomUUID()}, ${actor.coupleId}, ${actor.userId}, 'pause.started', jsonb_build_object('pauseId', p."id", 'minutes', p."minutes")
      FROM p
    ), j AS (
      INSERT INTO "Job" ("id", "kind", "coupleId", "runAt", "data", "lockedUntil", "attempts")
      SELECT ${pushJobId}, 'pause.started', p."coupleId", p."startedAt", jsonb_build_object('pauseId', p."id", 'actorId', p."startedById"), ${leasedPushJob(lease)} FROM p
      UNION ALL
      SELECT ${randomUUID()}, 'pause.zero', p."coupleId", p."endsAt", jsonb_build_object('pauseId', p."id"), NULL, 0 FROM p
    )
    SELECT ${pauseColumns("p")}, (SELECT "content" FROM rule) AS "ruleContent", EXISTS (SELECT 1 FROM prior) AS "retried"
    FROM me LEFT JOIN p ON true`));
  const row = rows[0];
  if (row?.retried) return null;
  if (!row?.id) throw new StaleIdentity();
  const pause = toPauseView(row);
  const pushJob = pushJobRow(pushJobId, "pause.started", actor.coupleId, row.startedAt, { pauseId: row.id, actorId: actor.userId }, lease);
  return { pause, plan: planFromRuleContent(row.ruleContent), pushJob };
}

async function findPause(actor: PauseActor, pauseId: string) {
  // The coupleId in the where keeps every pause to its own couple.
  const pause = await db.pause.findFirst({ where: { id: pauseId, coupleId: actor.coupleId }, select: pauseSelect });
  if (!pause) throw new AppError("not_found", "pause.errors.gone");
  return pause;
}

async function afterChange(actor: PauseActor): Promise<PauseStatePayload> {
  const state = await getPauseState(actor.coupleId);
  broadcast(actor.coupleId, state);
  return state;
}

/**
 * "I'm ready to talk": only the one who asked for the pause can end it before zero. The usual
 * case is one statement (closeOpenPause); when it closes nothing, the caller is checked again
 * before being told why, so a stale remembered identity learns nothing about the couple.
 */
export function endPause(actor: PauseActor, input: PauseRefInput): Promise<PauseStatePayload> {
  return settling(actor.coupleId, () => endPauseOnce(actor, input));
}

async function endPauseOnce(actor: PauseActor, input: PauseRefInput): Promise<PauseStatePayload> {
  const closed = await closeOpenPause(actor, input.pauseId);
  if (closed) {
    broadcast(actor.coupleId, closed.state);
    if (closed.pushJob) runLeasedJob(closed.pushJob);
    return closed.state;
  }
  if (!(await callerStillValid(actor))) throw new StaleIdentity();
  const pause = await findPause(actor, input.pauseId);
  if (pause.endedAt) return afterChange(actor); // done already, maybe by this tap's lost first attempt: told again
  if (pause.startedById !== actor.userId) {
    throw new AppError("forbidden", "pause.errors.starterEndsEarly");
  }
  return afterChange(actor);
}

async function callerStillValid(actor: PauseActor): Promise<boolean> {
  const rows = await rawQuery<{ ok: boolean }>(named("pause_caller", sql`WITH ${callerCheck(actor)} SELECT EXISTS (SELECT 1 FROM me) AS "ok"`));
  return rows[0]?.ok === true;
}

/**
 * Ends the starter's open pause in one statement (update + timeline event + the plan for the
 * broadcast + the partner's push, and the "zero" push it no longer needs): the end of a pause is
 * as busy a path as its start. Null when nothing matched: not
 * this couple's, no longer open, or not the actor's to end.
 */
async function closeOpenPause(actor: PauseActor, pauseId: string): Promise<{ state: PauseStatePayload; pushJob: JobRow | null } | null> {
  const endedAt = new Date().toISOString();
  const pushJobId = randomUUID();
  const lease = jobLeaseSeconds();
  const rows = await rawQuery<PauseRow & { ruleContent: unknown }>(named("pause_end", sql`
    WITH ${callerCheck(actor)}, rule AS (${activePauseRuleContent(actor.coupleId)}), u AS (
      UPDATE "Pause" SET "endedAt" = (${endedAt}::timestamptz AT TIME ZONE 'UTC'), "endedById" = ${actor.userId},
        "endReason" = (CASE WHEN "endsAt" > (${endedAt}::timestamptz AT TIME ZONE 'UTC') THEN 'ENDED_EARLY' ELSE 'EXPIRED' END)::"PauseEndReason",
        "reconveneChoice" = 'TALK_NOW'
      WHERE "id" = ${pauseId} AND "coupleId" = ${actor.coupleId} AND "endedAt" IS NULL AND "startedById" = ${actor.userId}
        AND EXISTS (SELECT 1 FROM me)
      RETURNING *
    ), e AS (
      INSERT INTO "Event" ("id", "coupleId", "actorId", "type", "data")
      SELECT ${randomUUID()}, ${actor.coupleId}, ${actor.userId}, 'pause.ended', jsonb_build_object('pauseId', u."id") FROM u
    ), j AS (
      INSERT INTO "Job" ("id", "kind", "coupleId", "runAt", "data", "lockedUntil", "attempts")
      SELECT ${pushJobId}, 'pause.reconvened', u."coupleId", u."endedAt", jsonb_build_object('pauseId', u."id", 'actorId', u."endedById", 'choice', 'TALK_NOW'), ${leasedPushJob(lease)} FROM u
    ), z AS (
      DELETE FROM "Job" WHERE "coupleId" = ${actor.coupleId} AND "kind" = 'pause.zero' AND "doneAt" IS NULL AND "data"->>'pauseId' IN (SELECT "id" FROM u)
    )
    SELECT ${pauseColumns("u")}, (SELECT "content" FROM rule) AS "ruleContent"
    FROM u`));
  const row = rows[0];
  if (!row) return null;
  const pushJob = pushJobRow(pushJobId, "pause.reconvened", actor.coupleId, row.endedAt ?? new Date(endedAt), { pauseId: row.id, actorId: actor.userId, choice: "TALK_NOW" }, lease);
  return { state: { pause: toPauseView(row), plan: planFromRuleContent(row.ruleContent), serverNow: Date.now() }, pushJob };
}

/** "I'm ready too": the partner says so; it never ends the pause for the one who asked for it. */
export function markPartnerReady(actor: PauseActor, input: PauseRefInput): Promise<PauseStatePayload> {
  return settling(actor.coupleId, () => markPartnerReadyOnce(actor, input));
}

async function markPartnerReadyOnce(actor: PauseActor, input: PauseRefInput): Promise<PauseStatePayload> {
  const pause = await findPause(actor, input.pauseId);
  // Done already, maybe by this tap's first attempt whose answer and broadcast were lost: told again.
  if (pause.endedAt || pause.partnerReadyAt) return afterChange(actor);
  if (pause.startedById === actor.userId) {
    throw new AppError("bad_request", "pause.errors.youAsked");
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.pause.updateMany({
      where: { id: pause.id, coupleId: actor.coupleId, endedAt: null, partnerReadyAt: null },
      data: { partnerReadyAt: new Date() },
    });
    if (count) await appendEvent(tx, actor.coupleId, actor.userId, "pause.markedReady", { pauseId: pause.id });
  });
  return afterChange(actor);
}

/** Takes back a mistaken tap within a few seconds; the pause then never shows up in history. */
export function undoPause(actor: PauseActor, input: PauseRefInput): Promise<PauseStatePayload> {
  return settling(actor.coupleId, () => undoPauseOnce(actor, input));
}

async function undoPauseOnce(actor: PauseActor, input: PauseRefInput): Promise<PauseStatePayload> {
  const pause = await findPause(actor, input.pauseId);
  if (pause.endedAt) return afterChange(actor); // done already, maybe by this tap's lost first attempt: told again
  if (pause.startedById !== actor.userId) throw new AppError("forbidden", "pause.errors.undoStarterOnly");
  if (Date.now() - pause.startedAt.getTime() > UNDO_WINDOW_MS) {
    throw new AppError("conflict", "pause.errors.undoTooLate");
  }
  const pushJobId = randomUUID();
  const undone = await db.$transaction(async (tx) => {
    const { count } = await tx.pause.updateMany({
      where: { id: pause.id, coupleId: actor.coupleId, endedAt: null },
      data: { endedAt: new Date(), endedById: actor.userId, endReason: "UNDONE" },
    });
    if (!count) return false;
    await appendEvent(tx, actor.coupleId, actor.userId, "pause.undone", { pauseId: pause.id });
    // The partner's lock screen may say a pause started: this replaces it (lib/push/plan.ts).
    await enqueue(tx, { id: pushJobId, kind: "pause.undone", coupleId: actor.coupleId, data: { pauseId: pause.id, actorId: actor.userId } });
    return true;
  });
  const state = await afterChange(actor);
  if (undone) runJobSoon(pushJobId);
  return state;
}

/**
 * At zero, either partner chooses: talk now, 10 more minutes (recorded, never past 24 hours in
 * total) or a time within 24 hours. The first choice wins; a second one sees it in the state.
 */
export function reconvene(actor: PauseActor, input: ReconveneInput): Promise<PauseStatePayload> {
  return settling(actor.coupleId, () => reconveneOnce(actor, input));
}

async function reconveneOnce(actor: PauseActor, input: ReconveneInput): Promise<PauseStatePayload> {
  const pause = await findPause(actor, input.pauseId);
  if (pause.endedAt) return afterChange(actor); // done already, maybe by this tap's lost first attempt: told again
  const now = Date.now();
  // A second of grace: the phone's corrected clock may reach zero a hair before the server's.
  if (now < pause.endsAt.getTime() - 1500) {
    // Both tapped "10 more minutes" and the partner's landed first: their choice stands; show it.
    const extendedAt = pause.endsAt.getTime() - EXTEND_MINUTES * MINUTE;
    if (pause.extensions > 0 && now - extendedAt < 30_000) return afterChange(actor);
    throw new AppError("conflict", "pause.errors.stillRunning");
  }
  // endsAt in the where: if the partner chose first, this changes nothing.
  const where = { id: pause.id, coupleId: actor.coupleId, endedAt: null, endsAt: pause.endsAt };
  let data: Parameters<typeof db.pause.updateMany>[0]["data"];
  let eventData: Record<string, string | number> = { pauseId: pause.id, choice: input.choice };
  if (input.choice === "EXTEND") {
    const endsAt = Math.min(now + EXTEND_MINUTES * MINUTE, pause.startedAt.getTime() + MAX_PAUSE_MS);
    if (endsAt - now < MINUTE) {
      throw new AppError("conflict", "pause.errors.limitReached");
    }
    data = { endsAt: new Date(endsAt), extensions: { increment: 1 } };
    eventData = { ...eventData, minutes: Math.round((endsAt - now) / MINUTE) };
  } else if (input.choice === "SCHEDULE") {
    const at = input.at ?? 0;
    if (at < now + MINUTE || at > now + MAX_PAUSE_MS) {
      throw new AppError("bad_request", "pause.errors.within24h", { at: ["pause.errors.within24h"] });
    }
    data = { endedAt: new Date(now), endedById: actor.userId, endReason: "EXPIRED", reconveneChoice: "SCHEDULE", reconveneAt: new Date(at) };
    eventData = { ...eventData, at };
  } else {
    data = { endedAt: new Date(now), endedById: actor.userId, endReason: "EXPIRED", reconveneChoice: "TALK_NOW" };
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.pause.updateMany({ where, data });
    if (!count) return;
    await appendEvent(tx, actor.coupleId, actor.userId, input.choice === "EXTEND" ? "pause.extended" : "pause.reconvened", eventData);
    // The partner hears our choice; a chosen time is also a reminder for both (the zero job follows an extension by itself).
    await enqueue(tx, { kind: "pause.reconvened", coupleId: actor.coupleId, data: { ...eventData, actorId: actor.userId } });
    if (input.choice === "SCHEDULE") await enqueue(tx, { kind: "pause.talkAt", coupleId: actor.coupleId, runAt: new Date(input.at!), data: { pauseId: pause.id, at: input.at! } });
  });
  const state = await afterChange(actor);
  kickJobs();
  return state;
}
