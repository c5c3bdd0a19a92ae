import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCouple } from "@/tests/factories";
import { ask, connect, nextEvent, sessionCookie, type TestSocket } from "@/tests/integration/pause/harness";
import { killNode, missingServices, spawnAppNode, startRedis, type AppNode, type OwnRedis } from "./services";

// This file's own Redis (never the shared 6379); the nodes use the worker's database.
const REDIS_PORT = 6390;
const missing = missingServices();
let redis: OwnRedis;
const nodes: AppNode[] = [];
const sockets: TestSocket[] = [];

async function node(): Promise<AppNode> {
  // Real limits (scale 1): per-node counting must show.
  const n = await spawnAppNode({ DATABASE_URL: process.env.DATABASE_URL!, AUTH_SECRET: process.env.AUTH_SECRET!, REDIS_URL: redis.url, RATE_LIMIT_SCALE: "1" });
  nodes.push(n);
  return n;
}

async function socketOf(url: string, user: { id: string; sessionId: string }) {
  const s = await connect(url, await sessionCookie(user), { reconnection: true });
  sockets.push(s);
  return s;
}

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern, "g"))?.length ?? 0;

describe.skipIf(!process.env.DATABASE_URL || !!missing)(missing ?? "Redis away with two nodes", () => {
  beforeAll(async () => {
    redis = await startRedis(REDIS_PORT);
  }, 30_000);

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await Promise.all(nodes.map((n) => killNode(n)));
    await redis?.destroy();
  });

  it("each node keeps serving its own sockets; when Redis returns, the other node's phones get the state within 3 s", async () => {
    const [one, two] = await Promise.all([node(), node()]);
    const couple = await createCouple();
    const a = await socketOf(one.url, couple.a);
    const bOnOne = await socketOf(one.url, couple.b); // B's second device, on A's node
    const bOnTwo = await socketOf(two.url, couple.b);
    await Promise.all([a, bOnOne, bOnTwo].map((s) => ask(s, "pause:sync", {}, 10_000)));

    await redis.stop();
    // Same node: the tap is answered and the partner's device on that node sees it at once.
    const sameNode = nextEvent(bOnOne, "pause:state", 10_000, (s) => !!s.pause && s.pause.endedAt === null);
    const tap = await ask(a, "pause:start", {}, 10_000);
    expect(tap.ok).toBe(true);
    const pauseId = tap.ok ? tap.data.pause!.id : "";
    expect((await sameNode).pause!.id).toBe(pauseId);
    // The other node serves its sockets too (its reads and writes need only PostgreSQL).
    const read = await ask(bOnTwo, "pause:sync", {}, 10_000);
    expect(read.ok && read.data.pause!.id).toBe(pauseId);
    // A change made on node 2 while Redis is away: node 1's sockets miss it for now.
    expect((await ask(bOnTwo, "pause:markReady", { pauseId }, 10_000)).ok).toBe(true);

    // Redis returns: node 1 resends the state to its sockets (and asks the others to) by itself.
    // The target is 3 s (measured by npm run soak); here a generous bound tells "by itself" from "never".
    const converged = nextEvent(a, "pause:state", 15_000, (s) => s.pause?.id === pauseId && s.pause.partnerReadyAt !== null);
    const resync = nextEvent(bOnTwo, "system:resync", 10_000);
    const back = Date.now();
    await redis.start();
    await converged;
    await resync;
    const ms = Date.now() - back;
    console.log(`after Redis returned, the other node's phone converged in ${ms} ms`);

    // Fan-out is live again: A ends the pause on node 1, B on node 2 hears it.
    const heard = nextEvent(bOnTwo, "pause:state", 10_000, (s) => s.pause?.id === pauseId && s.pause.endedAt !== null);
    expect((await ask(a, "pause:end", { pauseId }, 10_000)).ok).toBe(true);
    await heard;

    // Each outage is one line per connection in each node's log, not one per request.
    for (const n of [one, two]) {
      expect(count(n.output(), /redis unreachable/)).toBeLessThanOrEqual(3);
      expect(count(n.output(), /redis unreachable/)).toBeGreaterThanOrEqual(1);
      expect(n.output()).not.toMatch(/error/i);
    }
  }, 150_000);

  it("shared rate limits count per node while Redis is away, and are shared again after", async () => {
    const [one, two] = await Promise.all([node(), node()]);
    const couple = await createCouple();
    const aOne = await socketOf(one.url, couple.a);
    const aTwo = await socketOf(two.url, couple.a);
    await Promise.all([aOne, aTwo].map((s) => ask(s, "pause:sync", {}, 10_000)));
    // pause.start allows 6 a minute per person (lib/rate-limit.ts: pauseStart); a socket may send
    // 3 a second (its flood guard), so the taps are spaced. None may wait for Redis: with the old
    // offline queue they waited until it was back, past the asks' timeouts.
    const startAndEnd = async (s: TestSocket) => {
      await new Promise((resolve) => setTimeout(resolve, 350));
      const res = await ask(s, "pause:start", {}, 10_000);
      if (res.ok) await ask(s, "pause:end", { pauseId: res.data.pause!.id }, 10_000);
      return res;
    };
    await redis.stop();
    for (let i = 0; i < 6; i++) expect((await startAndEnd(aOne)).ok).toBe(true);
    const seventh = await startAndEnd(aOne);
    expect(seventh).toMatchObject({ ok: false, code: "rate_limited" });
    // Node 2 counts on its own: the same person still has their 6 there.
    expect((await startAndEnd(aTwo)).ok).toBe(true);
    const output = one.output();
    expect(count(output, /redis unreachable.*rate limits count per node/)).toBe(1);

    await redis.start();
    await expect.poll(() => [one, two].every((n) => /rate limits are shared again/.test(n.output())), { timeout: 15_000 }).toBe(true);
    // Shared again (a fresh Redis has no counts): 6 across both nodes, then refused on either.
    for (let i = 0; i < 3; i++) expect((await startAndEnd(aOne)).ok).toBe(true);
    for (let i = 0; i < 3; i++) expect((await startAndEnd(aTwo)).ok).toBe(true);
    expect(await startAndEnd(aOne)).toMatchObject({ ok: false, code: "rate_limited" });
    expect(await db.pause.count({ where: { coupleId: couple.id, endedAt: null } })).toBe(0);
  }, 150_000);
});
