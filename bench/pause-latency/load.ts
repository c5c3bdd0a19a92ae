import http from "node:http";
import { performance } from "node:perf_hooks";
import { io, type Socket } from "socket.io-client";
import type { BenchCouple } from "./seed";

export interface Pair {
  couple: BenchCouple;
  a: Socket;
  b: Socket;
}

function open(url: string, cookie: string): Promise<Socket> {
  const socket = io(url, { transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: { cookie }, timeout: 30_000 });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (err) => {
      socket.close();
      reject(err);
    });
  });
}

/** Connects both partners of every couple, `concurrency` handshakes at a time. */
export async function connectPairs(couples: BenchCouple[], urlA: string, urlB: string, concurrency = 100): Promise<Pair[]> {
  const pairs: Pair[] = new Array(couples.length);
  let next = 0;
  async function worker() {
    while (next < couples.length) {
      const i = next++;
      const couple = couples[i]!;
      const [a, b] = await Promise.all([open(urlA, couple.a.cookie), open(urlB, couple.b.cookie)]);
      pairs[i] = { couple, a, b };
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return pairs;
}

export function closePairs(pairs: Pair[]) {
  for (const p of pairs) {
    p.a.close();
    p.b.close();
  }
}

type AckResult = { ok: boolean; data?: { pause?: { id: string } | null }; error?: string };

function emit(socket: Socket, event: string, payload: unknown, timeoutMs = 10_000): Promise<AckResult> {
  return socket.timeout(timeoutMs).emitWithAck(event, payload) as Promise<AckResult>;
}

/** How the starter asks: over its socket (the app's tap), or over the JSON API with its token (a phone Shortcut). */
export type Via = "socket" | { api: string };

// node:http with kept-alive connections: fetch (undici) cost the bench process more CPU per call
// than the server spent, and a stalled bench inflates the latencies it measures.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** POST /api/v1/pause/<verb> with the bearer token, answered in the socket ack's shape for the bench. */
function post(base: string, token: string | undefined, verb: string, body: unknown): Promise<AckResult> {
  if (!token) return Promise.resolve({ ok: false, error: "no token seeded" });
  const payload = JSON.stringify(body);
  return new Promise((resolve) => {
    const req = http.request(
      `${base}/api/v1/pause/${verb}`,
      {
        method: "POST",
        agent,
        timeout: 10_000,
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload) },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => {
          const json = JSON.parse(text || "{}") as { pause?: { id: string } | null; detail?: string };
          resolve(res.statusCode === 200 ? { ok: true, data: json } : { ok: false, error: `${res.statusCode} ${json.detail ?? ""}` });
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (err) => resolve({ ok: false, error: err.message }));
    req.end(payload);
  });
}

function ask(via: Via, pair: Pair, starter: Socket, verb: "start" | "end", payload: unknown): Promise<AckResult> {
  if (via === "socket") return emit(starter, `pause:${verb}`, payload);
  const token = starter === pair.a ? pair.couple.a.token : pair.couple.b.token;
  return post(via.api, token, verb, payload);
}

export interface LoadResult {
  latencies: number[];
  started: number;
  errors: number;
  timeouts: number;
  firstError?: string;
}

/**
 * At `rate` pauses per second for `seconds`: a random idle couple, a random partner taps Pause
 * (over its socket, or over the JSON API with its token: `via`); the other partner's socket
 * receiving the pause is the latency (both on this process's clock). The starter ends it a moment
 * later the same way, so the couple can be picked again.
 */
export async function runLoad(pairs: Pair[], rate: number, seconds: number, onTick?: () => void, via: Via = "socket"): Promise<LoadResult> {
  const result: LoadResult = { latencies: [], started: 0, errors: 0, timeouts: 0 };
  const busy = new Set<number>();
  const waiting = new Map<number, { t0: number; partner: Socket; done: () => void }>();
  const listeners: (() => void)[] = [];
  pairs.forEach((pair, i) => {
    for (const socket of [pair.a, pair.b]) {
      const listener = (state: { pause: { endedAt: number | null } | null }) => {
        const w = waiting.get(i);
        if (!w || w.partner !== socket || !state.pause || state.pause.endedAt !== null) return;
        result.latencies.push(performance.now() - w.t0);
        waiting.delete(i);
        w.done();
      };
      socket.on("pause:state", listener);
      listeners.push(() => socket.off("pause:state", listener));
    }
  });

  async function one(i: number) {
    const pair = pairs[i]!;
    const [starter, partner] = Math.random() < 0.5 ? [pair.a, pair.b] : [pair.b, pair.a];
    const received = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        waiting.delete(i);
        resolve(false);
      }, 10_000);
      waiting.set(i, { t0: performance.now(), partner, done: () => (clearTimeout(timer), resolve(true)) });
    });
    result.started++;
    const ack = await ask(via, pair, starter, "start", {}).catch((err: Error) => ({ ok: false, error: err.message }) as AckResult);
    if (!ack.ok || !ack.data?.pause) {
      result.errors++;
      result.firstError ??= ack.error;
    }
    if (!(await received)) result.timeouts++;
    await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
    if (ack.data?.pause) {
      const end = await ask(via, pair, starter, "end", { pauseId: ack.data.pause.id }).catch(() => null);
      if (!end?.ok) result.errors++;
    }
    busy.delete(i);
  }

  await paceStarts({ rate, seconds, count: pairs.length, busy, start: one, onTick });
  for (const off of listeners) off();
  return result;
}

/**
 * Open-loop pacing: `rate` starts a second for `seconds`, each on a random idle index (a couple
 * whose last pause is still running is skipped, not queued); resolves once every start finished.
 */
export async function paceStarts(o: { rate: number; seconds: number; count: number; busy: Set<number>; start: (i: number) => Promise<void>; onTick?: () => void }) {
  const { rate, seconds, count, busy, start, onTick } = o;
  const running: Promise<void>[] = [];
  const t0 = performance.now();
  let issued = 0;
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const elapsed = (performance.now() - t0) / 1000;
      if (elapsed >= seconds) {
        clearInterval(tick);
        return resolve();
      }
      onTick?.();
      const due = Math.floor(elapsed * rate) - issued;
      for (let k = 0; k < due; k++) {
        issued++;
        if (busy.size >= count) break;
        let i = Math.floor(Math.random() * count);
        for (let probe = 0; busy.has(i) && probe < 50; probe++) i = Math.floor(Math.random() * count);
        if (busy.has(i)) continue;
        busy.add(i);
        running.push(start(i));
      }
    }, 5);
  });
  await Promise.all(running);
}
