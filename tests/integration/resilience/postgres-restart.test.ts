import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { DATABASE_TOO_SLOW, DATABASE_UNAVAILABLE, DATABASE_UNCONFIRMED, databaseFailure } from "@/lib/db/unavailable";
import { reloadEnv } from "@/lib/env";
import { checkHealth } from "@/lib/health";
import { executeOperation } from "@/lib/operations/execute";
import { markReadyOp, startPauseOp } from "@/lib/pause/operations";
import { getPauseState } from "@/lib/pause/queries";
import { api, makeToken } from "@/tests/integration/api/helpers";
import { ask, connect, nextEvent, sessionCookie, startRealtime, type RealtimeHarness, type TestSocket } from "@/tests/integration/pause/harness";
import { createCouple } from "@/tests/factories";
import { copySchema, killNode, missingServices, spawnAppNode, startPostgres, type AppNode, type OwnPostgres } from "./services";

// This file's own cluster (never the shared 5432): the worker's lib/db is pointed at it.
const PG_PORT = 55432;
const missing = missingServices();
const workerUrl = process.env.DATABASE_URL;
let pg: OwnPostgres;
let url: string;
let realtime: RealtimeHarness;
const sockets: TestSocket[] = [];
const nodes: AppNode[] = [];

/** Runs `task` and says how long it took: a refusal must come quickly, never as a hang. */
async function timed<T>(task: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = Date.now();
  const value = await task();
  return { value, ms: Date.now() - t0 };
}

describe.skipIf(!workerUrl || !!missing)(missing ?? "PostgreSQL restarts and outages", () => {
  beforeAll(async () => {
    pg = await startPostgres(PG_PORT);
    url = await copySchema(pg, workerUrl!, "steady_resilience");
    await disconnectDb();
    process.env.DATABASE_URL = url;
    // Short enough to test the slow-statement path without waiting long (the default is 8 s), long
    // enough that a busy machine's ordinary statements (the hot path gets a quarter) pass.
    process.env.DATABASE_STATEMENT_TIMEOUT_MS = "4000";
    reloadEnv();
    realtime = await startRealtime();
  }, 180_000);

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await realtime?.close();
    await Promise.all(nodes.map((n) => killNode(n)));
    await disconnectDb();
    await pg?.destroy();
    process.env.DATABASE_URL = workerUrl;
    delete process.env.DATABASE_STATEMENT_TIMEOUT_MS;
    reloadEnv();
  });

  it("while the database is down every transport refuses at once with a retryable message; after it returns the same pool works again", async () => {
    const couple = await createCouple();
    const { secret } = await makeToken(couple.a.request, "pause");
    const a = await connect(realtime.url, await sessionCookie(couple.a));
    sockets.push(a);
    expect((await checkHealth()).db).toBe("ok");

    await pg.stop("fast");
    // The server action's path (callOperation → executeOperation).
    const action = await timed(() => executeOperation(startPauseOp, {}, couple.a.request));
    expect(action.value).toEqual({ ok: false, code: "unavailable", error: DATABASE_UNAVAILABLE, retryAfterSeconds: 3 });
    // The socket's ack, on a member the socket resolved before the outage (the hot path's raw statement).
    const viaSocket = await timed(() => ask(a, "pause:start", {}, 10_000));
    expect(viaSocket.value).toMatchObject({ ok: false, code: "unavailable", error: DATABASE_UNAVAILABLE });
    // The JSON API: a 503 problem with Retry-After, from the token lookup itself.
    const viaApi = await timed(() => api("POST", "/pause/start", { token: secret }));
    expect(viaApi.value.status).toBe(503);
    expect(viaApi.value.headers.get("retry-after")).toBe("3");
    expect(viaApi.value.body).toMatchObject({ code: "unavailable", detail: DATABASE_UNAVAILABLE });
    // The health check says so, within its own 2 s.
    const health = await timed(() => checkHealth());
    expect(health.value).toMatchObject({ status: "degraded", db: "unreachable" });
    // Refused, not hung: well under the connect timeout even on a busy machine.
    for (const t of [action, viaSocket, viaApi, health]) expect(t.ms).toBeLessThan(15_000);

    await pg.start();
    // No reconnect call anywhere: the pool opens fresh connections on its own.
    expect((await checkHealth()).db).toBe("ok");
    const again = await ask(a, "pause:start", {}, 10_000);
    expect(again.ok).toBe(true);
    expect((await api("GET", "/pause", { token: secret })).status).toBe(200);
    expect(await db.pause.count({ where: { coupleId: couple.id } })).toBe(1);
  }, 150_000);

  it("taps racing a restart are each recorded once (pause and its timeline event together) or refused, never half-written", async () => {
    const couples = await Promise.all(Array.from({ length: 12 }, () => createCouple()));
    const socketsOf = await Promise.all(couples.map(async (c) => connect(realtime.url, await sessionCookie(c.a))));
    sockets.push(...socketsOf);
    // Every couple taps while the cluster restarts (fast: open connections are ended mid-statement).
    const taps = socketsOf.map((s, i) => new Promise((resolve) => setTimeout(resolve, i * 15)).then(() => ask(s, "pause:start", {}, 10_000)));
    const restart = new Promise((resolve) => setTimeout(resolve, 60)).then(() => pg.restart("fast"));
    const [answers] = await Promise.all([Promise.all(taps), restart]);
    for (const answer of answers) {
      if (!answer.ok) expect(answer).toMatchObject({ code: "unavailable", error: DATABASE_UNAVAILABLE });
    }
    console.log(`taps racing a restart: ${answers.filter((x) => x.ok).length} answered, ${answers.filter((x) => !x.ok).length} refused as unavailable`);
    // Whatever was answered, a second tap now shows the one pause: none is doubled, none is lost.
    const retries = await Promise.all(socketsOf.map((s) => ask(s, "pause:start", {}, 10_000)));
    for (const [i, retry] of retries.entries()) {
      expect(retry.ok).toBe(true);
      const first = answers[i]!;
      if (first.ok && retry.ok) expect(retry.data.pause!.id).toBe(first.data.pause!.id);
    }
    for (const c of couples) {
      const pauses = await db.pause.findMany({ where: { coupleId: c.id }, select: { id: true } });
      const started = await db.event.findMany({ where: { coupleId: c.id, type: "pause.started" }, select: { data: true } });
      expect(pauses).toHaveLength(1);
      expect(started.map((e) => (e.data as { pauseId: string }).pauseId)).toEqual([pauses[0]!.id]);
    }
  }, 150_000);

  it("a statement that runs past the timeout is cancelled with its own message; the hot path gives up sooner", async () => {
    const couple = await createCouple();
    const a = await connect(realtime.url, await sessionCookie(couple.a));
    sockets.push(a);
    const started = await ask(a, "pause:start", {}, 10_000);
    const pauseId = started.ok ? started.data.pause!.id : "";
    // A stuck query, made real: another transaction holds the pause table's lock, so every
    // statement that reads or writes a pause waits behind it.
    const stuck = await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`LOCK TABLE "Pause" IN ACCESS EXCLUSIVE MODE`;
        const hot = await timed(() => ask(a, "pause:start", {}, 10_000));
        const viaPrisma = await timed(() => executeOperation(markReadyOp, { pauseId }, couple.b.request));
        return { hot, viaPrisma };
      },
      { timeout: 20_000, maxWait: 5000 },
    );
    // The hot path (raw statements) stops waiting after a quarter of the 4 s statement timeout, and
    // says it cannot tell whether the tap went through (here PostgreSQL then cancels it).
    expect(stuck.hot.value).toMatchObject({ ok: false, code: "unavailable", error: DATABASE_UNCONFIRMED });
    expect(stuck.hot.ms).toBeLessThan(stuck.viaPrisma.ms);
    // The request path (Prisma) is cancelled by PostgreSQL itself after 4 s: rolled back, and said so.
    expect(stuck.viaPrisma.value).toMatchObject({ ok: false, code: "unavailable", error: DATABASE_TOO_SLOW });
    expect(stuck.viaPrisma.ms).toBeGreaterThanOrEqual(3900);
    expect(stuck.viaPrisma.ms).toBeLessThan(15_000);
    // Nothing half-done: still the one pause, and the partner's "ready" was not written.
    const after = await ask(a, "pause:start", {}, 10_000);
    expect(after.ok && after.data.pause!.id).toBe(pauseId);
    expect(await db.pause.count({ where: { coupleId: couple.id } })).toBe(1);
    expect((await db.pause.findUniqueOrThrow({ where: { id: pauseId } })).partnerReadyAt).toBeNull();
  }, 150_000);

  it("a tap the hot path gave up on but that commits afterwards: the words never say nothing changed, and both phones see the pause without another tap", async () => {
    const couple = await createCouple();
    const a = await connect(realtime.url, await sessionCookie(couple.a));
    const b = await connect(realtime.url, await sessionCookie(couple.b));
    sockets.push(a, b);
    // The pause table is held just past the hot path's 1 s, then let go well before PostgreSQL's 4 s:
    // the statement the tapper's node stopped waiting for then commits.
    const heard = nextEvent(b, "pause:state", 15_000, (s) => s.pause !== null);
    const answer = await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`LOCK TABLE "Pause" IN ACCESS EXCLUSIVE MODE`;
        return ask(a, "pause:start", {}, 10_000);
      },
      { timeout: 20_000, maxWait: 5000 },
    );
    expect(answer).toMatchObject({ ok: false, code: "unavailable", error: DATABASE_UNCONFIRMED });
    expect(DATABASE_UNCONFIRMED).not.toMatch(/nothing changed/i);
    await expect.poll(() => db.pause.count({ where: { coupleId: couple.id } }), { timeout: 10_000 }).toBe(1);
    const pause = await db.pause.findFirstOrThrow({ where: { coupleId: couple.id } });
    // The partner's screen shows it with no tap from anyone (the node resends once it has surely settled)…
    expect((await heard).pause?.id).toBe(pause.id);
    // …and tapping again, as the words invite, shows the same one pause.
    const again = await ask(a, "pause:start", {}, 10_000);
    expect(again.ok && again.data.pause!.id).toBe(pause.id);
    expect(await db.pause.count({ where: { coupleId: couple.id } })).toBe(1);
  }, 150_000);

  it("a write that committed while the read for its broadcast failed: both phones get it once the database answers, with no tap and no resync", async () => {
    const couple = await createCouple();
    const a = await connect(realtime.url, await sessionCookie(couple.a));
    const b = await connect(realtime.url, await sessionCookie(couple.b));
    sockets.push(a, b);
    const started = await ask(a, "pause:start", {}, 10_000);
    const pauseId = started.ok ? started.data.pause!.id : "";
    // The couple's agreements are held past the hot path's 1 s: "I'm ready too" commits (it writes
    // the pause and its event), then the state read for its broadcast gives up, as a restart between
    // the two would make it fail (the soak's stale "ready" on the starter's phone).
    const heard = nextEvent(a, "pause:state", 15_000, (s) => s.pause?.partnerReadyAt != null);
    const answer = await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`LOCK TABLE "Agreement" IN ACCESS EXCLUSIVE MODE`;
        const res = await ask(b, "pause:markReady", { pauseId }, 10_000);
        await new Promise((resolve) => setTimeout(resolve, 300));
        return res;
      },
      { timeout: 20_000, maxWait: 5000 },
    );
    expect(answer).toMatchObject({ ok: false, code: "unavailable" });
    expect((await db.pause.findUniqueOrThrow({ where: { id: pauseId } })).partnerReadyAt).not.toBeNull();
    expect((await heard).pause?.id).toBe(pauseId);
  }, 60_000);

  it("a page being rendered waits past the hot path's short limit: the pause screen loads slowly on a busy database instead of failing", async () => {
    const couple = await createCouple();
    const { pause } = await executeOperation(startPauseOp, {}, couple.a.request).then((r) => (r.ok ? r.data : { pause: null }));
    // The pause table is held for 1.8 s: past the hot path's 1 s, well within PostgreSQL's 4 s.
    const reads = await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`LOCK TABLE "Pause" IN ACCESS EXCLUSIVE MODE`;
        const hot = getPauseState(couple.id).then(
          () => "answered",
          (err: unknown) => databaseFailure(err) ?? String(err),
        );
        const page = getPauseState(couple.id, { forPage: true });
        await new Promise((resolve) => setTimeout(resolve, 1800));
        return { hot, page };
      },
      { timeout: 20_000, maxWait: 5000 },
    );
    expect(await reads.hot).toBe("unconfirmed"); // the socket's read gives up after 1 s
    expect((await reads.page).pause?.id).toBe(pause!.id);
  }, 60_000);

  it("a node whose idle connections are cut by a restart stays up, reports the outage on /api/health, and serves again", async () => {
    const node = await spawnAppNode({ DATABASE_URL: url, AUTH_SECRET: process.env.AUTH_SECRET!, REDIS_URL: "" });
    nodes.push(node);
    const couple = await createCouple();
    const a = await connect(node.url, await sessionCookie(couple.a));
    sockets.push(a);
    // Warm the pool: several idle connections for the restart to cut.
    await Promise.all([ask(a, "pause:sync", {}, 10_000), fetch(`${node.url}/api/health`), fetch(`${node.url}/api/health`)]);
    await pg.stop("fast");
    const down = await fetch(`${node.url}/api/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ db: "unreachable" });
    await pg.start();
    const up = await fetch(`${node.url}/api/health`);
    expect(up.status).toBe(200);
    expect((await ask(a, "pause:start", {}, 10_000)).ok).toBe(true);
    expect(node.child.exitCode).toBeNull();
    expect(node.output()).not.toMatch(/Unhandled|uncaught|at .*\(.*\.ts:\d+/i);
  }, 150_000);
});
