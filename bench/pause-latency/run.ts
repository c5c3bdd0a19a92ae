// npm run bench:pause — pause latency from the starter's emit to the partner's socket, against the
// production server and local PostgreSQL (its own database). Prints figures; asserts nothing.
// Env: BENCH_COUPLES (1000), BENCH_RATE (100/s), BENCH_SECONDS (20), BENCH_IDLE_SOCKETS (10000),
// BENCH_KNEE (1: also raise the rate until p99 > 100 ms), BENCH_PORT (4310), BENCH_ADMIN_URL, REDIS_URL,
// BENCH_PHASES (one,api,push,two,idle: "api" starts and ends the pauses over POST /api/v1 with tokens;
// "push" gives everyone a push subscription at a local push service, measures the socket path again
// with push on, then closes the partners' sockets and measures tap → push request arriving).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { generateVapidKeys } from "../../lib/push/vapid";
import { closePairs, connectPairs, runLoad, type Pair, type Via } from "./load";
import { pushTail, runPushLoad, seedSubscriptions, startPushSink } from "./push";
import { recreateDatabase, seedCouples, seedTokens, vacuum, type BenchCouple } from "./seed";
import { startServer, type BenchServer } from "./server";
import { loopDelayMs, round, summarize } from "./stats";

const num = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const COUPLES = Math.floor(num("BENCH_COUPLES", 1000));
const RATE = num("BENCH_RATE", 100);
const SECONDS = num("BENCH_SECONDS", 20);
const IDLE_SOCKETS = Math.floor(Number(process.env.BENCH_IDLE_SOCKETS ?? 10_000));
const KNEE = process.env.BENCH_KNEE !== "0";
const PORT = Math.floor(num("BENCH_PORT", 4310));
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
// BENCH_DB: another steady_bench_* database, when several people bench on one machine.
const DB_NAME = process.env.BENCH_DB ?? "steady_bench";
// BENCH_PHASES=idle measures only the idle sockets, for example; all four run by default.
const PHASES = new Set((process.env.BENCH_PHASES ?? "one,api,push,two,idle").split(","));
// The servers sign pushes with these (set for every node, as production must).
Object.assign(process.env, (({ publicKey, privateKey }) => ({ VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey }))(generateVapidKeys()));

for (const url of [ADMIN_URL, REDIS_URL]) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) throw new Error(`the bench only talks to local services, not ${host}`);
}
const databaseUrl = (() => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${DB_NAME}`;
  return u.toString();
})();
const secret = randomBytes(32).toString("base64url");
const servers = new Set<BenchServer>();
const say = (line: string) => console.log(`[bench] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function server(port: number, redisUrl?: string) {
  const s = await startServer({ port, databaseUrl, secret, redisUrl });
  servers.add(s);
  return s;
}
async function stop(s: BenchServer) {
  await s.stop();
  servers.delete(s);
}

/** Warm-up, then the measured run with RSS sampled under load and the loop delay of every node. */
async function measure(pairs: Pair[], nodes: BenchServer[], rate = RATE, seconds = SECONDS, via: Via = "socket") {
  await runLoad(pairs, rate, Math.min(3, seconds), undefined, via);
  await Promise.all(nodes.map((n) => n.loopDelay()));
  let rss = 0;
  let lastSample = 0;
  // The bench's own loop delay: a stalled client inflates the figures it measures.
  const clientLoop = monitorEventLoopDelay({ resolution: 10 });
  clientLoop.enable();
  const load = await runLoad(pairs, rate, seconds, () => {
    if (Date.now() - lastSample < 500) return;
    lastSample = Date.now();
    rss = Math.max(rss, ...nodes.map((n) => n.rssMb()));
  }, via);
  clientLoop.disable();
  const loops = await Promise.all(nodes.map((n) => n.loopDelay()));
  return {
    ...summarize(load.latencies),
    started: load.started,
    errors: load.errors,
    timeouts: load.timeouts,
    ...(load.firstError ? { first_error: load.firstError } : {}),
    rss_mb: rss,
    loop_delay_p99_ms: Math.max(...loops.map((l) => l.p99_ms)),
    loop_delay_max_ms: Math.max(...loops.map((l) => l.max_ms)),
    // Like the server's figure: the delay beyond the 10 ms timer interval the histogram includes.
    bench_loop_delay_p99_ms: loopDelayMs(clientLoop, 10, 99),
  };
}

async function main() {
  if (!existsSync(".next/BUILD_ID") || !existsSync("dist/server.js")) {
    say("no production build yet: running npm run build");
    const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) throw new Error("the build failed");
  }
  say(`database ${DB_NAME} (recreated), ${COUPLES} couples, ${RATE} pauses/s for ${SECONDS} s`);
  await recreateDatabase(ADMIN_URL, DB_NAME);

  // One node (the schema is migrated by the first server to boot, so seed after it).
  type Measured = Awaited<ReturnType<typeof measure>>;
  const empty: Measured = { samples: 0, p50_ms: 0, p95_ms: 0, p99_ms: 0, max_ms: 0, started: 0, errors: 0, timeouts: 0, rss_mb: 0, loop_delay_p99_ms: 0, loop_delay_max_ms: 0, bench_loop_delay_p99_ms: 0 };
  const one = await server(PORT);
  const couples: BenchCouple[] = await seedCouples(databaseUrl, COUPLES, secret);
  await vacuum(databaseUrl);
  let single = empty;
  let idleRss = 0;
  const knee: { rate: number; p99_ms: number; p50_ms: number; errors: number }[] = [];
  let overApi = empty;
  let socketWithPush = empty;
  let pushSlow: ReturnType<typeof pushTail> | null = null;
  let pushOnly: (ReturnType<typeof summarize> & { errors: number; timeouts: number; pushes_received: number; loop_delay_p99_ms: number; first_error?: string }) | null = null;
  if (PHASES.has("one") || PHASES.has("api") || PHASES.has("push")) {
    const emptyRss = one.rssMb();
    const pairs = await connectPairs(couples, one.url, one.url);
    await sleep(3000);
    idleRss = one.rssMb();
    say(`one node: ${pairs.length * 2} sockets connected; RSS ${emptyRss} MB before, ${idleRss} MB idle`);
    if (PHASES.has("one")) {
      single = await measure(pairs, [one]);
      say(`one node: ${JSON.stringify(single)}`);
    }
    if (PHASES.has("api")) {
      // The same couples, rate and listening partners; the starter is a phone Shortcut with a token.
      await seedTokens(databaseUrl, couples);
      await vacuum(databaseUrl);
      await sleep(3000);
      overApi = await measure(pairs, [one], RATE, SECONDS, { api: one.url });
      say(`one node, started over the API: ${JSON.stringify(overApi)}`);
    }
    if (KNEE && PHASES.has("one")) {
      const step = async (rate: number) => {
        // Each step starts from a rested server and a vacuumed database: a saturated step leaves
        // a backlog and dead rows that would otherwise count against the next one.
        await vacuum(databaseUrl);
        await sleep(3000);
        const r = await runLoad(pairs, rate, 8);
        const s = summarize(r.latencies);
        knee.push({ rate, p50_ms: s.p50_ms, p99_ms: s.p99_ms, errors: r.errors + r.timeouts });
        say(`knee search: ${rate}/s → p50 ${s.p50_ms} ms, p99 ${s.p99_ms} ms, ${r.errors + r.timeouts} errors`);
        return s.p99_ms > 100;
      };
      // Double until p99 passes 100 ms, then halve the gap twice: the knee to within a quarter step.
      let below = RATE;
      let above = 0;
      for (let rate = RATE * 2; rate <= 3200 && !above; rate *= 2) {
        if (await step(rate)) above = rate;
        else below = rate;
      }
      for (let i = 0; i < 2 && above; i++) {
        const mid = Math.round((below + above) / 2);
        if (await step(mid)) above = mid;
        else below = mid;
      }
    }
    if (PHASES.has("push")) {
      // Everyone gets a subscription at a local push service: first the socket path again, with
      // every pause also pushed; then the partners' sockets close and the push is all they get.
      const sink = await startPushSink();
      await seedSubscriptions(databaseUrl, couples, sink.origin);
      await vacuum(databaseUrl);
      await sleep(3000);
      socketWithPush = await measure(pairs, [one]);
      say(`one node, push on: ${JSON.stringify(socketWithPush)} (${sink.received} pushes)`);
      for (const p of pairs) p.b.close();
      const starters = pairs.map((p) => ({ couple: p.couple, a: p.a }));
      await vacuum(databaseUrl);
      await sleep(3000);
      await runPushLoad(starters, sink, RATE, Math.min(3, SECONDS));
      await one.loopDelay();
      const before = sink.received;
      const r = await runPushLoad(starters, sink, RATE, SECONDS);
      const loop = await one.loopDelay();
      pushOnly = { ...summarize(r.latencies), errors: r.errors, timeouts: r.timeouts, pushes_received: sink.received - before, loop_delay_p99_ms: loop.p99_ms, ...(r.firstError ? { first_error: r.firstError } : {}) };
      say(`one node, partners' sockets closed, tap → push arriving: ${JSON.stringify(pushOnly)}`);
      pushSlow = pushTail(r);
      say(`the slow pushes: ${JSON.stringify(pushSlow)}`);
      await sink.close();
    }
    closePairs(pairs);
  }
  await stop(one);
  await vacuum(databaseUrl);

  // Two nodes through Redis: partner A on node 1, partner B on node 2.
  let two = empty;
  let twoIdle = 0;
  if (PHASES.has("two")) {
    const [n1, n2] = await Promise.all([server(PORT + 1, REDIS_URL), server(PORT + 2, REDIS_URL)]);
    const pairs = await connectPairs(couples, n1.url, n2.url);
    await sleep(3000);
    twoIdle = n1.rssMb() + n2.rssMb();
    two = await measure(pairs, [n1, n2]);
    say(`two nodes: ${JSON.stringify(two)}`);
    closePairs(pairs);
    await Promise.all([stop(n1), stop(n2)]);
    await vacuum(databaseUrl);
  }

  // Idle sockets on one fresh node.
  let idle: { sockets: number; rss_before_mb: number; rss_mb: number } | null = null;
  if (IDLE_SOCKETS > 0 && PHASES.has("idle")) {
    const needed = Math.ceil(IDLE_SOCKETS / 2);
    const extra = needed > couples.length ? await seedCouples(databaseUrl, needed - couples.length, secret, couples.length) : [];
    const all = [...couples, ...extra].slice(0, needed);
    const fresh = await server(PORT);
    const before = fresh.rssMb();
    const idlePairs = await connectPairs(all, fresh.url, fresh.url, 200);
    await sleep(5000);
    idle = { sockets: idlePairs.length * 2, rss_before_mb: before, rss_mb: fresh.rssMb() };
    say(`idle: ${JSON.stringify(idle)}`);
    closePairs(idlePairs);
    await stop(fresh);
  }

  // The lowest rate tried whose p99 passed 100 ms.
  const kneeAt = knee.filter((k) => k.p99_ms > 100).sort((x, y) => x.rate - y.rate)[0];
  console.log(
    JSON.stringify({
      couples: COUPLES,
      sockets: COUPLES * 2,
      rate: RATE,
      seconds: SECONDS,
      samples: single.samples,
      p50_ms: single.p50_ms,
      p95_ms: single.p95_ms,
      p99_ms: single.p99_ms,
      max_ms: single.max_ms,
      errors: single.errors + single.timeouts,
      idle_rss_mb: idleRss,
      rss_mb: single.rss_mb,
      loop_delay_p99_ms: single.loop_delay_p99_ms,
      loop_delay_max_ms: single.loop_delay_max_ms,
      bench_loop_delay_p99_ms: single.bench_loop_delay_p99_ms,
      knee: kneeAt
        ? { rate: kneeAt.rate, p99_ms: kneeAt.p99_ms, highest_rate_under_100ms: Math.max(RATE, ...knee.filter((k) => k.p99_ms <= 100 && k.rate < kneeAt.rate).map((k) => k.rate)) }
        : { rate: null, highest_rate_tried: knee.at(-1)?.rate ?? RATE },
      knee_steps: knee,
      // The same phase with the starter on POST /api/v1/pause/start (a token), the partner on its socket.
      over_api: {
        samples: overApi.samples,
        p50_ms: overApi.p50_ms,
        p95_ms: overApi.p95_ms,
        p99_ms: overApi.p99_ms,
        max_ms: overApi.max_ms,
        errors: overApi.errors + overApi.timeouts,
        ...(overApi.first_error ? { first_error: overApi.first_error } : {}),
        rss_mb: overApi.rss_mb,
        loop_delay_p99_ms: overApi.loop_delay_p99_ms,
        bench_loop_delay_p99_ms: overApi.bench_loop_delay_p99_ms,
      },
      // Push on: the socket path while every pause is also pushed, and tap → push arriving with the partner's socket closed.
      socket_with_push: {
        samples: socketWithPush.samples,
        p50_ms: socketWithPush.p50_ms,
        p95_ms: socketWithPush.p95_ms,
        p99_ms: socketWithPush.p99_ms,
        max_ms: socketWithPush.max_ms,
        errors: socketWithPush.errors + socketWithPush.timeouts,
        loop_delay_p99_ms: socketWithPush.loop_delay_p99_ms,
        bench_loop_delay_p99_ms: socketWithPush.bench_loop_delay_p99_ms,
      },
      push: pushOnly,
      push_slow: pushSlow,
      idle_sockets: idle,
      two_nodes: {
        couples: COUPLES,
        sockets: COUPLES * 2,
        rate: RATE,
        samples: two.samples,
        p50_ms: two.p50_ms,
        p95_ms: two.p95_ms,
        p99_ms: two.p99_ms,
        max_ms: two.max_ms,
        errors: two.errors + two.timeouts,
        idle_rss_mb: twoIdle,
        rss_mb: two.rss_mb,
        loop_delay_p99_ms: two.loop_delay_p99_ms,
        loop_delay_max_ms: two.loop_delay_max_ms,
        bench_loop_delay_p99_ms: two.bench_loop_delay_p99_ms,
      },
      load_avg: round(Number((await import("node:os")).loadavg()[0])),
    }),
  );
}

main()
  .catch((err) => {
    console.error("[bench] failed:", err);
    process.exitCode = 1;
  })
  .finally(async () => {
    await Promise.all([...servers].map((s) => s.stop()));
    // Open sockets would keep the process alive; everything is measured by now.
    setTimeout(() => process.exit(), 500).unref();
  });
