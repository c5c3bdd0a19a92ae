import { createECDH, randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import pg from "pg";
import type { Socket } from "socket.io-client";
import { paceStarts, type LoadResult } from "./load";
import type { BenchCouple } from "./seed";
import { loopDelayMs, percentile } from "./stats";

/**
 * The push phase's parts: a push service on 127.0.0.1 that notes when each message arrives, a
 * subscription per person pointing at it, and a load where the partner's socket is closed, so the
 * pause reaches them only as a push. Latency: the starter's emit → the request arriving here.
 */
export interface PushSink {
  origin: string;
  /** Called for every request: the path (/<userId>) and the push's TTL header. */
  onPush: ((path: string, ttl: number, at: number) => void) | null;
  received: number;
  close: () => Promise<void>;
}

export async function startPushSink(): Promise<PushSink> {
  const sink: PushSink = { origin: "", onPush: null, received: 0, close: async () => {} };
  const server: Server = createServer((req, res) => {
    const at = performance.now();
    sink.received++;
    sink.onPush?.(req.url ?? "/", Number(req.headers.ttl ?? 0), at);
    req.resume();
    req.on("end", () => res.writeHead(201).end());
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  sink.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sink.close = () => new Promise((resolve) => server.close(() => resolve()));
  return sink;
}

/** A subscription for both partners of every couple (as push.subscribe stores one), pointing at the sink. */
export async function seedSubscriptions(databaseUrl: string, couples: BenchCouple[], origin: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const people = couples.flatMap((c) => [c.a, c.b]);
    const keys = people.map(() => {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      return { p256dh: ecdh.getPublicKey().toString("base64url"), auth: randomBytes(16).toString("base64url") };
    });
    await client.query(
      `INSERT INTO "PushSubscription" (id, "userId", "sessionId", endpoint, p256dh, auth)
       SELECT 'bench-p-' || u, u, s, $4 || '/' || u, k, a FROM unnest($1::text[], $2::text[], $3::text[], $5::text[]) AS t(u, s, k, a)`,
      [people.map((p) => p.id), people.map((p) => p.sessionId), keys.map((k) => k.p256dh), origin, keys.map((k) => k.auth)],
    );
  } finally {
    await client.end();
  }
}

type AckResult = { ok: boolean; data?: { pause?: { id: string } | null }; error?: string };

/**
 * Like runLoad, with the partner away: at `rate` pauses per second a random couple's A taps Pause
 * over its socket; B has no socket, and the time until B's push reaches the sink is the latency.
 * A ends the pause a moment later (B then gets "ready to talk", which is not counted: its TTL is
 * an hour, the start's at most the pause's ten minutes).
 */
export interface PushLoadResult extends LoadResult {
  /** Per push, in the order they arrived: the tap's ack (the pause committed and broadcast) and the push's arrival, ms after the tap. */
  pairs: { ack: number; push: number; at: number }[];
  /** This (the phones' and the sink's) process's own event-loop delay over the phase. */
  benchLoop: { p50_ms: number; p99_ms: number; max_ms: number };
}

export async function runPushLoad(starters: { couple: BenchCouple; a: Socket }[], sink: PushSink, rate: number, seconds: number): Promise<PushLoadResult> {
  const result: PushLoadResult = { latencies: [], started: 0, errors: 0, timeouts: 0, pairs: [], benchLoop: { p50_ms: 0, p99_ms: 0, max_ms: 0 } };
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const phaseStart = performance.now();
  const acks = new Map<string, number>();
  const busy = new Set<number>();
  const waiting = new Map<string, { t0: number; done: () => void }>();
  sink.onPush = (path, ttl, at) => {
    const w = waiting.get(path);
    if (!w || ttl > 600) return;
    result.latencies.push(at - w.t0);
    result.pairs.push({ ack: acks.get(path) ?? Number.NaN, push: at - w.t0, at: w.t0 - phaseStart });
    waiting.delete(path);
    w.done();
  };

  async function one(i: number) {
    const { couple, a } = starters[i]!;
    const path = `/${couple.b.id}`;
    const received = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        waiting.delete(path);
        resolve(false);
      }, 10_000);
      waiting.set(path, { t0: performance.now(), done: () => (clearTimeout(timer), resolve(true)) });
    });
    result.started++;
    const t0 = performance.now();
    acks.delete(path);
    const ack = (await a.timeout(10_000).emitWithAck("pause:start", {}).catch((err: Error) => ({ ok: false, error: err.message }))) as AckResult;
    acks.set(path, performance.now() - t0);
    if (!ack.ok || !ack.data?.pause) {
      result.errors++;
      result.firstError ??= ack.error;
    }
    if (!(await received)) result.timeouts++;
    await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
    if (ack.data?.pause) {
      const end = (await a.timeout(10_000).emitWithAck("pause:end", { pauseId: ack.data.pause.id }).catch(() => null)) as AckResult | null;
      if (!end?.ok) result.errors++;
    }
    busy.delete(i);
  }

  await paceStarts({ rate, seconds, count: starters.length, busy, start: one });
  sink.onPush = null;
  loop.disable();
  result.benchLoop = { p50_ms: loopDelayMs(loop, 5, 50), p99_ms: loopDelayMs(loop, 5, 99), max_ms: loopDelayMs(loop, 5, 100) };
  return result;
}

/**
 * Where the slow pushes (≥ `slowMs` from tap to arrival) waited: with their tap's ack also late
 * (the commit or the whole server was slow), or after a quick ack (the push's own path: the job,
 * encryption, the request); and when in the phase they came (all in its first second is warm-up).
 */
export function pushTail(r: PushLoadResult, slowMs = 50) {
  const slow = r.pairs.filter((p) => p.push >= slowMs);
  const seconds = [...new Set(slow.map((p) => Math.floor(p.at / 1000)))].sort((a, b) => a - b);
  return {
    slow_ms: slowMs,
    count: slow.length,
    ack_also_slow: slow.filter((p) => p.ack >= slowMs).length,
    after_a_quick_ack: slow.filter((p) => p.ack < slowMs).length,
    push_minus_ack_p50_ms: Math.round(percentile(slow.map((p) => p.push - p.ack).filter(Number.isFinite), 50)),
    in_seconds_of_phase: seconds,
    bench_loop_delay: r.benchLoop,
  };
}
