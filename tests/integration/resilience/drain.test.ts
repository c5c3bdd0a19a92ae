import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io as connectClient } from "socket.io-client";
import { startBalancer, type Balancer } from "@/bench/soak/balancer";
import { db } from "@/lib/db";
import type { PauseStatePayload } from "@/lib/pause/state";
import { keepConnected } from "@/lib/realtime/client/reconnect";
import { createCouple } from "@/tests/factories";
import { ask, sessionCookie, type TestSocket } from "@/tests/integration/pause/harness";
import { killNode, missingServices, respawnAppNode, spawnAppNode, startRedis, type AppNode, type OwnRedis } from "./services";

// Own Redis and ports (3350–3389 are this suite's): a balancer in front of two nodes.
const REDIS_PORT = 6391;
const BALANCER_PORT = 3350;
const NODE_PORTS = [3351, 3352] as const;
const missing = missingServices();
let redis: OwnRedis;
let balancer: Balancer;
const nodes = new Map<number, AppNode>();
const sockets: TestSocket[] = [];

const envFor = (port: number) => ({
  PORT: String(port),
  DATABASE_URL: process.env.DATABASE_URL!,
  AUTH_SECRET: process.env.AUTH_SECRET!,
  REDIS_URL: redis.url,
  RATE_LIMIT_SCALE: "100",
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A phone through the balancer, with the app's reconnect settings and handling. */
async function phone(user: { id: string; sessionId: string }) {
  const socket: TestSocket = connectClient(balancer.url, {
    transports: ["websocket"],
    forceNew: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
    randomizationFactor: 0.5,
    extraHeaders: { cookie: await sessionCookie(user) },
  });
  keepConnected(socket);
  const seen: { latest: PauseStatePayload | null } = { latest: null };
  socket.on("pause:state", (s) => {
    if (!seen.latest || s.serverNow >= seen.latest.serverNow) seen.latest = s;
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  sockets.push(socket);
  return { socket, seen };
}

/** What the app does when no answer came (the node went away) or the database was away: ask again. */
async function persist<R extends { ok: boolean }>(attempt: () => Promise<R>, tries = 20): Promise<R> {
  let last: R | undefined;
  for (let i = 0; i < tries; i++) {
    try {
      last = await attempt();
      if (last.ok || (last as { code?: string }).code !== "unavailable") return last;
    } catch {
      // no answer in time, or the connection was cut
    }
    await sleep(300);
  }
  if (!last) throw new Error(`no answer after ${tries} tries`);
  return last;
}

/** A server action through the balancer (the browser's POST), retried only when no answer came. */
async function propose(cookie: string, note: string) {
  return persist(async () => {
    const res = await fetch(`${balancer.url}/op/agreements.propose`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ kind: "NEED", need: "RESPECT", why: "To feel heard when it matters", note }),
      signal: AbortSignal.timeout(10_000),
    });
    return (await res.json()) as { ok: boolean; code?: string };
  });
}

describe.skipIf(!process.env.DATABASE_URL || !!missing)(missing ?? "graceful drain and rolling restarts", () => {
  beforeAll(async () => {
    redis = await startRedis(REDIS_PORT);
    for (const port of NODE_PORTS) nodes.set(port, await spawnAppNode(envFor(port)));
    balancer = await startBalancer(BALANCER_PORT, () => [...NODE_PORTS]);
  }, 150_000);

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await balancer?.close();
    await Promise.all([...nodes.values()].map((n) => killNode(n)));
    await redis?.destroy();
  });

  it("SIGTERM: the node finishes what is in flight, its phones reconnect to the other node, it exits 0", async () => {
    const couple = await createCouple();
    const a = await phone(couple.a);
    const b = await phone(couple.b);
    const started = await ask(a.socket, "pause:start", {}, 10_000);
    expect(started.ok).toBe(true);
    const pauseId = started.ok ? started.data.pause!.id : "";

    const [first] = NODE_PORTS;
    const draining = nodes.get(first)!;
    // A page being rendered on that node when the deploy starts.
    const inFlight = fetch(`${draining.url}/slow?ms=3000`).then(
      (res) => res.json() as Promise<{ done: boolean }>,
      (err: Error) => ({ done: false, error: err.message }),
    );
    // Once the node is surely handling it (a connection whose request is not read yet is idle, and a drain closes idle ones).
    await sleep(1000);
    const t0 = Date.now();
    draining.child.kill("SIGTERM");
    // The balancer's probe learns at once that the node is draining (503), or finds the port closed.
    const probe = () => fetch(`${draining.url}/api/health`).then((res) => String(res.status), () => "closed");
    await expect.poll(probe, { timeout: 10_000, interval: 50 }).toMatch(/^(503|closed)$/);
    expect(await inFlight).toMatchObject({ done: true });
    expect(await draining.exited).toBe(0);
    const drainedMs = Date.now() - t0;
    expect(drainedMs).toBeLessThan(15_000);
    console.log(`drain: exited 0 after ${drainedMs} ms`);

    // Both phones are connected (the drained node's through the balancer to the other one), and
    // a tap from either reaches the other.
    await expect.poll(() => a.socket.connected && b.socket.connected, { timeout: 15_000 }).toBe(true);
    expect((await persist(() => ask(b.socket, "pause:markReady", { pauseId }, 4000))).ok).toBe(true);
    await expect.poll(() => a.seen.latest?.pause?.partnerReadyAt ?? null, { timeout: 10_000 }).not.toBeNull();
    nodes.set(first, await respawnAppNode(envFor(first)));
  }, 150_000);

  it("a rolling restart of both nodes loses no pause and no proposal, and doubles none", async () => {
    const couple = await createCouple();
    const a = await phone(couple.a);
    const b = await phone(couple.b);
    const cookie = await sessionCookie(couple.a);
    const acked = { proposals: [] as string[], starts: new Set<string>(), ends: new Set<string>() };
    let running = true;
    const workload = (async () => {
      for (let i = 0; running; i++) {
        const note = `rolling-${i}`;
        if ((await propose(cookie, note)).ok) acked.proposals.push(note);
        const starter = i % 2 ? a : b;
        const start = await persist(() => ask(starter.socket, "pause:start", {}, 4000));
        if (!start.ok) continue;
        const id = start.data.pause!.id;
        acked.starts.add(id);
        if ((await persist(() => ask(starter.socket, "pause:end", { pauseId: id }, 4000))).ok) acked.ends.add(id);
      }
    })();

    for (const port of NODE_PORTS) {
      await sleep(500);
      const old = nodes.get(port)!;
      old.child.kill("SIGTERM");
      expect(await old.exited).toBe(0);
      nodes.set(port, await respawnAppNode(envFor(port)));
      // The balancer's next probe sees the node back before the other one goes.
      await sleep(600);
    }
    await sleep(500);
    running = false;
    await workload;

    console.log(`rolling restart: ${acked.proposals.length} proposals and ${acked.starts.size} pauses answered while both nodes were replaced`);
    expect(acked.proposals.length).toBeGreaterThan(2);
    for (const note of acked.proposals) expect(await db.agreementVersion.count({ where: { note } })).toBe(1);
    expect(await db.agreementVersion.count({ where: { coupleId: couple.id } })).toBe(acked.proposals.length);
    const pauses = await db.pause.findMany({ where: { coupleId: couple.id }, select: { id: true, endedAt: true } });
    expect(new Set(pauses.map((p) => p.id))).toEqual(acked.starts);
    for (const p of pauses) if (acked.ends.has(p.id)) expect(p.endedAt).not.toBeNull();
    // And both phones show the database's last word.
    const last = await ask(a.socket, "pause:sync", {}, 4000);
    await expect.poll(() => b.seen.latest?.pause?.endedAt ?? null, { timeout: 10_000 }).toBe(last.ok ? last.data.pause!.endedAt : -1);
  }, 180_000);
});
