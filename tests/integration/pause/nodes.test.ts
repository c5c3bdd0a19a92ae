import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCouple } from "@/tests/factories";
import { ask, connect, nextEvent, sessionCookie, type TestSocket } from "./harness";
import { killHard, quietPort, respawnNode, spawnNode, type NodeProcess } from "./nodes";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const nodes: NodeProcess[] = [];
const sockets: TestSocket[] = [];

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await Promise.all(nodes.map(killHard));
});

async function node(options: Parameters<typeof spawnNode>[0]) {
  const n = await spawnNode(options);
  nodes.push(n);
  return n;
}

// Separate processes share the database, so this needs PostgreSQL (the embedded one is single-process).
describe.skipIf(!process.env.DATABASE_URL)("several server processes", () => {
  it("two nodes through Redis: A on node 1, B on node 2, B receives A's pause", async () => {
    const [one, two] = await Promise.all([node({ redisUrl: REDIS_URL }), node({ redisUrl: REDIS_URL })]);
    const couple = await createCouple();
    const a = await connect(one.url, await sessionCookie(couple.a));
    const b = await connect(two.url, await sessionCookie(couple.b));
    sockets.push(a, b);
    // Warm both nodes (first query, first Redis publish) so the timing below is the steady state.
    await Promise.all([ask(a, "pause:sync", {}, 15_000), ask(b, "pause:sync", {}, 15_000)]);
    const received = nextEvent(b, "pause:state", 3000, (s) => s.pause !== null);
    const sentAt = Date.now();
    const ack = await ask(a, "pause:start", {});
    const state = await received;
    expect(ack.ok).toBe(true);
    expect(state.pause!.id).toBe(ack.ok ? ack.data.pause!.id : "");
    expect(Date.now() - sentAt).toBeLessThan(1000);

    // And back: B's "ready" on node 2 reaches A on node 1.
    const seenByA = nextEvent(a, "pause:state", 3000, (s) => !!s.pause?.partnerReadyAt);
    expect((await ask(b, "pause:markReady", { pauseId: state.pause!.id })).ok).toBe(true);
    await seenByA;
  }, 90_000);

  it("kill -9 mid-pause and restart: clients reconnect on their own and show the same endsAt, no phantom pause", async () => {
    const first = await node({ port: quietPort() });
    const couple = await createCouple();
    const states: { a: number[]; b: number[] } = { a: [], b: [] };
    const listen = (who: "a" | "b") => (socket: TestSocket) =>
      socket.on("pause:state", (s) => {
        if (s.pause) states[who].push(s.pause.endsAt);
      });
    const a = await connect(first.url, await sessionCookie(couple.a), { reconnection: true, beforeConnect: listen("a") });
    const b = await connect(first.url, await sessionCookie(couple.b), { reconnection: true, beforeConnect: listen("b") });
    sockets.push(a, b);
    const ack = await ask(a, "pause:start", {}, 15_000);
    const endsAt = ack.ok ? ack.data.pause!.endsAt : 0;

    const t0 = Date.now();
    await killHard(first);
    const reconnected = Promise.all([a, b].map((s) => new Promise((resolve) => s.io.once("reconnect", resolve))));
    nodes.push(await respawnNode(first.port));
    await reconnected;
    console.log(`kill -9 → restarted and both reconnected in ${Date.now() - t0} ms`);
    // On reconnect the server sends the state; the client also re-reads it itself.
    // A cold process on a busy machine: give its first queries time.
    const [syncA, syncB] = await Promise.all([ask(a, "pause:sync", {}, 15_000), ask(b, "pause:sync", {}, 15_000)]);
    expect(syncA.ok && syncA.data.pause!.endsAt).toBe(endsAt);
    expect(syncB.ok && syncB.data.pause!.endsAt).toBe(endsAt);
    await expect.poll(() => states.b.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    expect(new Set([...states.a, ...states.b])).toEqual(new Set([endsAt]));
    expect(await db.pause.count({ where: { coupleId: couple.id } })).toBe(1);
  }, 90_000);
});
