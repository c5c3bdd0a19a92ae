// npm run soak — two nodes behind a balancer on this machine's own PostgreSQL cluster and Redis
// (never the shared ones), a few hundred simulated couples starting, joining and ending pauses,
// and fault rounds: PostgreSQL restart, Redis stop/start, kill -9 of a node, SIGTERM drain of a
// node, a network drop of some phones. Some running pauses reach zero each round and the couple
// chooses how to reconvene (talk now, 10 more minutes, a time), often both partners at once, while
// the fault is injected. After each round every phone's pause (the choice included) is compared with
// the database. Prints progress lines and one JSON line at the end; asserts nothing. SIGINT or
// SIGTERM ends it after the round under way (a second one at once); either way, and on an error,
// everything it started is stopped.
// Env: SOAK_COUPLES (200), SOAK_ROUNDS (1000), SOAK_SECONDS (1800: stops at whichever comes first),
// SOAK_FAULTS (all five, comma-separated), SOAK_ACTIVE (0.2: share of couples acting per round),
// SOAK_ZERO (0.35: share of the acting couples whose running pause reaches zero), SOAK_PG_PORT (55438), SOAK_REDIS_PORT (6398),
// SOAK_PORT (3360: the balancer; the nodes take the next two).
import { randomBytes, randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import pg from "pg";
import { deployMigrations } from "../../lib/db/migrations";
import { seedCouples } from "../pause-latency/seed";
import {
  compileAppNode,
  killNode,
  missingServices,
  respawnAppNode,
  spawnAppNode,
  startPostgres,
  startRedis,
  stopEverything,
  type AppNode,
} from "../../tests/integration/resilience/services";
import { startBalancer } from "./balancer";
import { connectCouples, resync, send, shown, type Phone, type SoakCouple, type Verb } from "./clients";

const num = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const COUPLES = Math.floor(num("SOAK_COUPLES", 200));
const ROUNDS = Math.floor(num("SOAK_ROUNDS", 1000));
const SECONDS = num("SOAK_SECONDS", 1800);
const ACTIVE = num("SOAK_ACTIVE", 0.2);
const ZERO = num("SOAK_ZERO", 0.35);
const PG_PORT = Math.floor(num("SOAK_PG_PORT", 55438));
const REDIS_PORT = Math.floor(num("SOAK_REDIS_PORT", 6398));
const PORT = Math.floor(num("SOAK_PORT", 3360));
const CONVERGE_MS = 3000;
// Kill and drain rounds are apart so the node they replaced is usually back when the next one comes.
const ALL_FAULTS = ["kill-9", "postgres-restart", "network-drop", "drain", "redis-outage"] as const;
type Fault = (typeof ALL_FAULTS)[number];
// SOAK_FAULTS=drain,kill-9 runs only those (to study one failure); all five by default.
const FAULTS: readonly Fault[] = process.env.SOAK_FAULTS ? ALL_FAULTS.filter((f) => process.env.SOAK_FAULTS!.split(",").includes(f)) : ALL_FAULTS;

const say = (line: string) => console.log(`[soak] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;

const stats = {
  rounds: 0,
  rounds_by_fault: Object.fromEntries(FAULTS.map((f) => [f, 0])) as Partial<Record<Fault, number>>,
  checks: 0,
  converged: 0,
  not_converged_by_kind: {} as Record<string, number>,
  converge_ms: [] as number[],
  actions: 0,
  acked: { start: 0, end: 0, markReady: 0, reconvene: 0 },
  /** Running pauses moved to zero in the database (the soak's stand-in for minutes passing). */
  zeroes: 0,
  errors_by_kind: {} as Record<string, number>,
  lost: { start: 0, end: 0, markReady: 0, reconvene: 0 },
  duplicates: 0,
  /** More extensions than zeroes, or a pause closed twice. */
  reconvene_doubled: 0,
  /** A pause whose timeline disagrees with it (started once, closed once if ended, one event per extension). */
  half_written: 0,
  choices: {} as Record<string, number>,
  drain_exit_nonzero: 0,
  node_restarts: 0,
  samples: [] as string[],
};
const bump = (record: Record<string, number>, key: string) => (record[key] = (record[key] ?? 0) + 1);

// Everything started is stopped again, whatever happens (a failed run must not leave servers behind).
const cleanups: (() => Promise<unknown>)[] = [];
async function cleanUp() {
  const steps = cleanups.splice(0).reverse();
  for (const step of steps) await step().catch(() => undefined);
  // And whatever was still starting when a signal or an error came.
  await stopEverything();
}

// A signal during the rounds ends them after the one under way, so the summary still prints; during
// the start, or a second signal, or a round that does not end, stops everything at once.
let stopping = false;
let inRounds = false;
function stopNow(code: number) {
  void cleanUp().finally(() => process.exit(code));
}
let stoppingNow = false;
function onSignal(signal: NodeJS.Signals) {
  const code = signal === "SIGINT" ? 130 : signal === "SIGHUP" ? 129 : 143;
  if (stoppingNow) return;
  if (stopping || !inRounds) {
    stoppingNow = true;
    say(`${signal}: stopping everything now`);
    return stopNow(code);
  }
  stopping = true;
  say(`${signal}: ending after this round (again to stop at once)`);
  setTimeout(() => stopNow(code), 30_000).unref();
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, onSignal);
// `kill` of `npm run soak` ends npm without passing the signal on: the soak then finds itself
// orphaned (another parent) and stops as if it had been told to.
const parent = process.ppid;
const orphaned = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(orphaned);
  onSignal("SIGHUP");
}, 500);
orphaned.unref();
for (const event of ["uncaughtException", "unhandledRejection"] as const) {
  process.on(event, (err: unknown) => {
    console.error(`[soak] ${event}:`, err);
    stopNow(1);
  });
}

async function main() {
  const missing = missingServices();
  if (missing) throw new Error(missing);
  const t0 = Date.now();
  const load = [loadavg()[0]!];
  say(`own PostgreSQL on ${PG_PORT}, Redis on ${REDIS_PORT}, balancer on ${PORT}, nodes on ${PORT + 1} and ${PORT + 2}; load ${load[0]!.toFixed(2)}`);
  const pgServer = await startPostgres(PG_PORT);
  cleanups.push(() => pgServer.destroy());
  const redis = await startRedis(REDIS_PORT);
  cleanups.push(() => redis.destroy());
  const databaseUrl = pgServer.urlOf("steady_soak");
  await deployMigrations(databaseUrl);
  const secret = randomBytes(32).toString("base64url");
  const seeded = await seedCouples(databaseUrl, COUPLES, secret);
  const ports = [PORT + 1, PORT + 2];
  const envFor = (port: number) => ({
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: secret,
    REDIS_URL: redis.url,
    RATE_LIMIT_SCALE: "10000",
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
  });
  const compiled = await compileAppNode(".data/soak");
  const nodes = new Map<number, AppNode>();
  cleanups.push(() => Promise.all([...nodes.values()].map((n) => killNode(n))));
  for (const port of ports) nodes.set(port, await spawnAppNode(envFor(port), compiled));
  const restarting = new Map<number, Promise<void>>();
  const restart = (port: number, old: AppNode) => {
    const job = (async () => {
      const code = await old.exited;
      if (code !== 0 && code !== "SIGKILL") {
        stats.drain_exit_nonzero++;
        if (stats.samples.length < 40) stats.samples.push(`node ${port} exited ${code} after SIGTERM: ${old.output().slice(-2500)}`);
      }
      // On a starved machine a start can take long: try again rather than end the soak.
      for (let attempt = 1; ; attempt++) {
        try {
          nodes.set(port, await respawnAppNode(envFor(port), compiled));
          break;
        } catch (err) {
          if (attempt >= 3) throw err;
          bump(stats.errors_by_kind, "node restart: slow start, retried");
        }
      }
      // As a rolling restart does (docs/scaling.md): the next fault waits until the balancer
      // sends people to this node again, not only until it listens.
      await balancer.serving(port);
      stats.node_restarts++;
    })().finally(() => restarting.delete(port));
    restarting.set(port, job);
  };
  const balancer = await startBalancer(PORT, () => ports);
  cleanups.push(() => balancer.close());
  const couples = await connectCouples(balancer.url, seeded);
  cleanups.push(async () => couples.forEach((c) => [c.a, c.b].forEach((p) => p.socket.close())));
  say(`${couples.length} couples (${couples.length * 2} phones) connected in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  db.on("error", () => undefined);
  cleanups.push(() => db.end());
  const acked = { starts: new Map<string, string>(), ends: new Set<string>(), ready: new Set<string>() };
  /** Per pause: how often it reached zero, and what the answers to the choices showed. */
  const zeroes = new Map<string, number>();
  const chosen = new Map<string, { choice: string; at: number | null }>();
  const extendedTo = new Map<string, number>();
  /** Phones that have not yet read a pause's moved end (down, or their read went unanswered). */
  const behindZero = new Map<Phone, string>();

  /**
   * A pause lasts minutes and a round seconds: for a share of the couples whose pause is running,
   * its end is moved to now in the database, as if its minutes had passed (its start stays, so it
   * remains the couple's latest), and both phones read it again, as they would see their own
   * countdown reach zero.
   */
  async function reachZero(active: SoakCouple[]): Promise<void> {
    const ids = active
      .map((c) => c.a.latest?.pause ?? c.b.latest?.pause)
      .filter((p) => p && p.endedAt === null && p.endsAt > Date.now() + 2000 && Math.random() < ZERO)
      .map((p) => p!.id);
    if (!ids.length) return catchUpWithZero();
    let moved: { id: string; coupleId: string }[];
    try {
      ({ rows: moved } = await db.query<{ id: string; coupleId: string }>(
        `UPDATE "Pause" SET "endsAt" = GREATEST("startedAt", n.t - interval '1 second')
         FROM (SELECT (now() AT TIME ZONE 'UTC') AS t) n
         WHERE "id" = ANY($1) AND "endedAt" IS NULL AND "endsAt" > n.t RETURNING "id", "coupleId"`,
        [ids],
      ));
    } catch {
      bump(stats.errors_by_kind, "soak: could not move pauses to zero");
      return;
    }
    stats.zeroes += moved.length;
    for (const r of moved) zeroes.set(r.id, (zeroes.get(r.id) ?? 0) + 1);
    const movedCouples = new Map(moved.map((r) => [r.coupleId, r.id]));
    for (const c of couples) if (movedCouples.has(c.id)) for (const p of [c.a, c.b]) behindZero.set(p, movedCouples.get(c.id)!);
    await catchUpWithZero();
  }

  /**
   * A real phone needs nobody to reach zero; the soak's stand-in needs each phone to read the moved
   * end once, so it asks again (this round and the next ones) until every phone has it. A phone that
   * is down reads the state when it reconnects, as the app's store does.
   */
  async function catchUpWithZero() {
    const caughtUp = (p: Phone, id: string) => p.latest?.pause?.id !== id || p.latest.pause.endedAt !== null || p.latest.pause.endsAt <= Date.now();
    for (const until = Date.now() + 5000; ; await sleep(100)) {
      for (const [p, id] of behindZero) if (caughtUp(p, id)) behindZero.delete(p);
      const behind = [...behindZero.keys()].filter((p) => p.socket.connected);
      if (!behind.length || Date.now() >= until) break;
      await Promise.all(behind.map((p) => resync(p, 2000)));
    }
  }

  /** At zero, one partner or both at once choose; every answer is remembered to look for it later. */
  async function choose(c: SoakCouple, pauseId: string) {
    const phones = Math.random() < 0.5 ? [c.a, c.b] : [pick([c.a, c.b])];
    await Promise.all(
      phones.map(async (phone) => {
        const choice = pick(["TALK_NOW", "EXTEND", "SCHEDULE"] as const);
        const input = choice === "SCHEDULE" ? { pauseId, choice, at: Date.now() + 30 * 60_000 } : { pauseId, choice };
        stats.actions++;
        const res = await send(balancer.url, phone, "pause.reconvene", input);
        if ("timeout" in res) return bump(stats.errors_by_kind, `pause.reconvene:no answer (${res.timeout})`);
        if (!res.ok) return bump(stats.errors_by_kind, `pause.reconvene:${res.code}`);
        const p = res.data.pause;
        if (p?.id !== pauseId) return;
        stats.acked.reconvene++;
        if (p.endedAt !== null) chosen.set(pauseId, { choice: p.reconveneChoice ?? "-", at: p.reconveneAt });
        else extendedTo.set(pauseId, Math.max(extendedTo.get(pauseId) ?? 0, p.extensions));
      }),
    );
  }

  /** One tap by someone in the couple, as a person would: start when nothing runs, else join or end. */
  async function act(c: SoakCouple) {
    const current = c.a.latest?.pause ?? c.b.latest?.pause ?? null;
    if (current && current.endedAt === null && current.endsAt <= Date.now()) return choose(c, current.id);
    let verb: Verb;
    let phone = Math.random() < 0.5 ? c.a : c.b;
    let input: Record<string, unknown> = {};
    if (!current || current.endedAt !== null) {
      verb = "pause.start";
      // One key per tap, as the app sends it: the HTTP retry of this tap carries the same one.
      input = { key: randomUUID() };
      c.taps++;
    } else {
      const starter = current.startedById === c.a.userId ? c.a : c.b;
      const partner = starter === c.a ? c.b : c.a;
      if (!current.partnerReadyAt && Math.random() < 0.5) {
        verb = "pause.markReady";
        phone = partner;
      } else {
        verb = "pause.end";
        phone = starter;
      }
      input = { pauseId: current.id };
    }
    stats.actions++;
    const res = await send(balancer.url, phone, verb, input);
    if ("timeout" in res) return bump(stats.errors_by_kind, `${verb}:no answer (${res.timeout})`);
    if (!res.ok) return bump(stats.errors_by_kind, `${verb}:${res.code}`);
    const id = res.data.pause?.id;
    if (!id) return;
    if (verb === "pause.start") {
      stats.acked.start++;
      acked.starts.set(id, c.id);
    } else if (verb === "pause.end") {
      stats.acked.end++;
      acked.ends.add(id);
    } else {
      stats.acked.markReady++;
      acked.ready.add(id);
    }
  }

  async function inject(fault: Fault): Promise<() => Promise<void>> {
    const live = ports.filter((p) => !restarting.has(p));
    switch (fault) {
      case "postgres-restart":
        await sleep(150);
        await pgServer.restart("fast");
        return async () => {};
      case "redis-outage":
        await redis.stop();
        await sleep(400);
        return () => redis.start();
      case "kill-9":
      case "drain": {
        if (live.length < ports.length) await Promise.all(restarting.values());
        const port = pick(ports);
        const node = nodes.get(port)!;
        node.child.kill(fault === "kill-9" ? "SIGKILL" : "SIGTERM");
        restart(port, node);
        return async () => {};
      }
      case "network-drop":
        balancer.drop(0.25);
        return async () => {};
    }
  }

  /** What each couple's phones should show, in the form of `shown()`: the latest pause per couple. */
  async function truth(): Promise<Map<string, string>> {
    type Row = { coupleId: string; id: string; endsAt: string; endedAt: string | null; readyAt: string | null; extensions: number; choice: string | null; at: string | null };
    const { rows } = await db.query<Row>(`
      SELECT DISTINCT ON ("coupleId") "coupleId", "id",
        round(extract(epoch FROM "endsAt") * 1000)::bigint AS "endsAt",
        round(extract(epoch FROM "endedAt") * 1000)::bigint AS "endedAt",
        round(extract(epoch FROM "partnerReadyAt") * 1000)::bigint AS "readyAt",
        "extensions", "reconveneChoice"::text AS "choice",
        round(extract(epoch FROM "reconveneAt") * 1000)::bigint AS "at"
      FROM "Pause" ORDER BY "coupleId", "startedAt" DESC`);
    const map = new Map<string, string>();
    for (const r of rows) map.set(r.coupleId, `${r.id}|${r.endsAt}|${r.endedAt ?? "-"}|${r.readyAt ?? "-"}|${r.extensions}|${r.choice ?? "-"}|${r.at ?? "-"}`);
    return map;
  }

  /** Polls every phone against the database for up to 3 s; counts who agreed in time and why not. */
  async function check(fault: Fault) {
    let want = await truth();
    const started = Date.now();
    const phones = couples.flatMap((c) => [c.a, c.b].map((p) => ({ c, p })));
    let pending = phones;
    let read = started;
    while (pending.length && Date.now() - started < CONVERGE_MS) {
      pending = pending.filter(({ c, p }) => shown(p.latest?.pause) !== (want.get(c.id) ?? "none"));
      if (!pending.length) break;
      await sleep(50);
      // A tap given up on (no answer in 10 s) may still be carried out now: compare with the
      // database as it is, not as it was when the round ended.
      if (Date.now() - read >= 500) {
        want = await truth();
        read = Date.now();
      }
    }
    stats.checks += phones.length;
    stats.converged += phones.length - pending.length;
    stats.converge_ms.push(Date.now() - started);
    for (const { c, p } of pending) {
      const expected = want.get(c.id) ?? "none";
      const has = shown(p.latest?.pause);
      const kind = !p.socket.connected
        ? "disconnected"
        : behindZero.has(p)
          ? "moved end not read yet (the soak's stand-in for zero)"
          : has.split("|")[0] !== expected.split("|")[0]
            ? "other pause"
            : "stale fields";
      bump(stats.not_converged_by_kind, `${fault}:${kind}`);
      const detail = p.socket.connected ? "" : ` (down ${Date.now() - p.downSince} ms, last: ${p.lastError}; ${p.trace.join(", ")})`;
      if (stats.samples.length < 20) stats.samples.push(`${fault} round ${stats.rounds}: ${kind}${detail}; db ${expected}; phone ${has}`);
    }
  }

  const deadline = t0 + SECONDS * 1000;
  inRounds = true;
  for (let round = 0; round < ROUNDS && Date.now() < deadline && !stopping; round++) {
    const fault = FAULTS[round % FAULTS.length]!;
    const active = couples.filter(() => Math.random() < ACTIVE);
    await reachZero(active);
    // Taps spread over the fault: some before it, some during, some after it heals.
    const taps = active.map(async (c) => {
      await sleep(Math.random() * 800);
      await act(c);
    });
    const heal = await inject(fault);
    await heal();
    await Promise.all(taps);
    await check(fault);
    stats.rounds++;
    stats.rounds_by_fault[fault] = (stats.rounds_by_fault[fault] ?? 0) + 1;
    if (stats.rounds % 25 === 0) {
      const rate = stats.checks ? stats.converged / stats.checks : 1;
      say(`${stats.rounds} rounds, converged ${(rate * 100).toFixed(3)}%, errors ${JSON.stringify(stats.errors_by_kind)}, load ${loadavg()[0]!.toFixed(2)}`);
      load.push(loadavg()[0]!);
    }
  }

  // Writes lost and duplicates, against the database, once everything has settled.
  inRounds = false;
  await Promise.all(restarting.values());
  type Row = { id: string; coupleId: string; ended: boolean; ready: boolean; extensions: number; choice: string | null; at: string | null };
  const { rows } = await db.query<Row>(
    `SELECT "id", "coupleId", "endedAt" IS NOT NULL AS "ended", "partnerReadyAt" IS NOT NULL AS "ready", "extensions",
      "reconveneChoice"::text AS "choice", round(extract(epoch FROM "reconveneAt") * 1000)::bigint AS "at" FROM "Pause"`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of acked.starts.keys()) if (!byId.has(id)) stats.lost.start++;
  for (const id of acked.ends) if (!byId.get(id)?.ended) stats.lost.end++;
  for (const id of acked.ready) if (!byId.get(id)?.ready && !byId.get(id)?.ended) stats.lost.markReady++;
  // What the answers to a choice showed is what the database has; nothing chosen twice.
  for (const [id, shownChoice] of chosen) {
    const r = byId.get(id);
    if ((r?.choice ?? "-") !== shownChoice.choice || (shownChoice.at !== null && Number(r?.at) !== shownChoice.at)) stats.lost.reconvene++;
  }
  for (const [id, extensions] of extendedTo) if ((byId.get(id)?.extensions ?? 0) < extensions) stats.lost.reconvene++;
  const { rows: events } = await db.query<{ id: string; type: string; n: number }>(
    `SELECT "data"->>'pauseId' AS "id", "type", count(*)::int AS "n" FROM "Event" WHERE "type" LIKE 'pause.%' GROUP BY 1, 2`,
  );
  const eventsOf = new Map<string, Record<string, number>>();
  for (const e of events) eventsOf.set(e.id, { ...eventsOf.get(e.id), [e.type]: e.n });
  const CLOSING = ["pause.ended", "pause.reconvened", "pause.expired", "pause.undone"];
  for (const r of rows) {
    const ev = eventsOf.get(r.id) ?? {};
    const closed = CLOSING.reduce((n, type) => n + (ev[type] ?? 0), 0);
    if (closed > 1 || r.extensions > (zeroes.get(r.id) ?? 0)) stats.reconvene_doubled++;
    if ((ev["pause.started"] ?? 0) !== 1 || closed !== (r.ended ? 1 : 0) || (ev["pause.extended"] ?? 0) !== r.extensions) {
      stats.half_written++;
      if (stats.samples.length < 40) stats.samples.push(`pause ${r.id} (ended ${r.ended}, extensions ${r.extensions}) has events ${JSON.stringify(ev)}`);
    }
    if (zeroes.has(r.id)) bump(stats.choices, r.choice ? r.choice : r.extensions ? "EXTEND (still running)" : r.ended ? "closed otherwise" : "none yet");
  }
  const perCouple = new Map<string, number>();
  for (const r of rows) perCouple.set(r.coupleId, (perCouple.get(r.coupleId) ?? 0) + 1);
  for (const c of couples) {
    const extra = Math.max(0, (perCouple.get(c.id) ?? 0) - c.taps);
    stats.duplicates += extra;
    if (extra && stats.samples.length < 40) {
      const { rows: list } = await db.query(
        `SELECT "id", "startedById", "startedAt", "endsAt", "endedAt", "endReason", "reconveneChoice" FROM "Pause" WHERE "coupleId" = $1 ORDER BY "startedAt"`,
        [c.id],
      );
      stats.samples.push(`couple ${c.id}: ${c.taps} taps on Pause, ${list.length} pauses: ${JSON.stringify(list)}`);
    }
  }
  const open = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (SELECT "coupleId" FROM "Pause" WHERE "endedAt" IS NULL GROUP BY 1 HAVING count(*) > 1) t`);
  stats.duplicates += open.rows[0]!.n;

  await cleanUp();
  load.push(loadavg()[0]!);
  const sorted = [...stats.converge_ms].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  console.log(
    JSON.stringify({
      rounds: stats.rounds,
      rounds_by_fault: stats.rounds_by_fault,
      couples: couples.length,
      phones: couples.length * 2,
      seconds: Math.round((Date.now() - t0) / 1000),
      actions: stats.actions,
      acked: stats.acked,
      convergence: {
        within_ms: CONVERGE_MS,
        phone_checks: stats.checks,
        converged: stats.converged,
        rate: stats.checks ? Number((stats.converged / stats.checks).toFixed(6)) : 1,
        round_ms_p50: at(0.5),
        round_ms_p99: at(0.99),
        round_ms_max: sorted.at(-1) ?? 0,
        not_converged_by_kind: stats.not_converged_by_kind,
      },
      reconvene: { zeroes: stats.zeroes, outcomes: stats.choices },
      lost: stats.lost,
      duplicates: stats.duplicates,
      reconvene_doubled: stats.reconvene_doubled,
      half_written: stats.half_written,
      errors_by_kind: stats.errors_by_kind,
      drain_exit_nonzero: stats.drain_exit_nonzero,
      node_restarts: stats.node_restarts,
      balancer: balancer.stats,
      load_avg: { start: Number(load[0]!.toFixed(2)), max: Number(Math.max(...load).toFixed(2)), end: Number(load.at(-1)!.toFixed(2)) },
      samples: stats.samples,
    }),
  );
}

main()
  .catch((err) => {
    console.error("[soak] failed:", err);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanUp();
    setTimeout(() => process.exit(), 500).unref();
  });
