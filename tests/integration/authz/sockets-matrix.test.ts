import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { revokeSession } from "@/lib/auth/sessions";
import { COUPLE_ENDED } from "@/lib/errors";
import { eventNameOf } from "@/lib/operations/define";
import { socketOperations } from "@/lib/operations/registry";
import { ask, connect, sessionCookie, settle, startRealtime, type RealtimeHarness, type TestSocket } from "../pause/harness";
import { examples } from "./examples";
import { ALLOWED, buildWorld, changedTables, DENIED, snapshot, type Actor, type World } from "./world";

let harness: RealtimeHarness;
beforeAll(async () => {
  harness = await startRealtime();
});
afterAll(async () => {
  await harness.close();
});

/** The cookie each actor's browser would hold (none when signed out). */
async function cookieFor(w: World, actor: Actor): Promise<string | undefined> {
  const request = w.actors[actor];
  if (!request.sessionId) return undefined;
  const users = [w.victim.a, w.victim.b, w.ended.a, w.ended.b];
  const owner = users.find((u) => u.sessionId === request.sessionId) ?? { id: w.victim.a.id };
  const outsiderId = actor === "outsider" ? (await import("@/lib/db")).db.session.findUniqueOrThrow({ where: { id: request.sessionId } }) : null;
  const userId = outsiderId ? (await outsiderId).userId : owner.id;
  return sessionCookie({ id: userId, sessionId: request.sessionId });
}

function protectedMarkers(w: World, actor: Actor) {
  return actor === "endedRemaining" ? w.markers : [...w.markers, ...w.endedMarkers];
}

// Every socket event is an operation of the registry (its examples are checked by the operations matrix).
const served = [...socketOperations().entries()];

describe("authorization matrix: socket events", () => {
  it("serves exactly the registry's socket operations, under their derived names", async () => {
    expect(served.map(([event, op]) => [event, eventNameOf(op.name)]).every(([a, b]) => a === b)).toBe(true);
    expect(served.map(([event]) => event)).toEqual(expect.arrayContaining(["pause:start", "pause:end", "pause:sync", "system:ping"]));
    // Nothing else is bound on a connected socket: requests go through the one dispatcher.
    const world = await buildWorld();
    const socket = await connect(harness.url, await cookieFor(world, "self"));
    const [server] = await harness.realtime.io.in(`session:${world.victim.a.sessionId}`).fetchSockets();
    const local = harness.realtime.io.sockets.sockets.get(server!.id)!;
    expect(local.eventNames().filter((e) => e !== "disconnect" && e !== "error")).toEqual([]);
    socket.disconnect();
  });

  it("refuses or contains every event from outside the couple, and lets the couple in", { timeout: 300_000 }, async () => {
    let cases = 0;
    const failures: string[] = [];
    for (const [event, op] of served) {
      const world = await buildWorld();
      const inputs = examples[op.name as keyof typeof examples](world);
      for (const actor of DENIED) {
        const heard: string[] = [];
        let socket: TestSocket | undefined;
        const before = await snapshot(world, actor);
        try {
          socket = await connect(harness.url, await cookieFor(world, actor));
          socket.onAny((event: string, payload: unknown) => heard.push(`${event} ${JSON.stringify(payload)}`));
        } catch {
          cases += inputs.length; // refused at the handshake: nothing can be sent at all
          continue;
        }
        for (const input of inputs) {
          const ack = await ask(socket, event as never, input);
          cases++;
          const given = JSON.stringify(input);
          const out = JSON.stringify(ack) + heard.join("\n");
          const leaked = protectedMarkers(world, actor).filter((m) => out.includes(m) && !given.includes(m));
          if (leaked.length) failures.push(`${event} as ${actor}: heard ${leaked.join(", ")}`);
        }
        await settle(50);
        const changed = changedTables(before, await snapshot(world, actor));
        if (changed.length) failures.push(`${event} as ${actor}: changed ${changed.join(", ")}`);
        socket.disconnect();
      }
      for (const actor of ALLOWED) {
        const socket = await connect(harness.url, await cookieFor(world, actor));
        // Let in means the guard passed and the operation itself ran (its own answer may still be "no").
        const run = vi.spyOn(op, "run");
        const ack = await ask(socket, event as never, inputs[0]);
        cases++;
        if (run.mock.calls.length === 0) failures.push(`${event} as ${actor}: refused (${ack.ok ? "" : ack.code})`);
        run.mockRestore();
        socket.disconnect();
      }
    }
    console.info(`authorization matrix (socket events): ${served.length} events, ${cases} cases`);
    expect(failures).toEqual([]);
  });

  it("revoking a session drops its open sockets at once", async () => {
    const world = await buildWorld();
    const socket = await connect(harness.url, await cookieFor(world, "self"));
    const disconnected = new Promise<void>((resolve) => socket.once("disconnect", () => resolve()));
    await revokeSession(world.victim.a.id, world.victim.a.sessionId);
    await disconnected;
    expect(socket.connected).toBe(false);
  });

  it("a session that expired after connecting is refused on its next event, changing nothing", async () => {
    const world = await buildWorld();
    const socket = await connect(harness.url, await cookieFor(world, "self"));
    const disconnected = new Promise<void>((resolve) => socket.once("disconnect", () => resolve()));
    const { db } = await import("@/lib/db");
    await db.session.update({ where: { id: world.victim.a.sessionId }, data: { expiresAt: new Date(Date.now() - 1) } });
    const before = await snapshot(world);
    const ack = await ask(socket, "pause:end", { pauseId: world.pauseId });
    expect(ack).toMatchObject({ ok: false, error: "Your session has ended. Please sign in again." });
    await disconnected;
    expect(changedTables(before, await snapshot(world))).toEqual([]);
  });

  // pause:start and pause:end check the session inside their own statement (no separate identity
  // query); these prove that check holds when the socket's remembered identity has gone stale.
  it("a session revoked without its sockets hearing of it cannot start a pause", async () => {
    const world = await buildWorld();
    const socket = await connect(harness.url, await cookieFor(world, "self"));
    const disconnected = new Promise<void>((resolve) => socket.once("disconnect", () => resolve()));
    const { db } = await import("@/lib/db");
    // Straight in the database: as if the disconnect broadcast from another node never arrived.
    await db.session.update({ where: { id: world.victim.a.sessionId }, data: { revokedAt: new Date() } });
    await db.pause.updateMany({ where: { coupleId: world.victim.id }, data: { endedAt: new Date() } });
    const before = await snapshot(world);
    const ack = await ask(socket, "pause:start", {});
    expect(ack).toMatchObject({ ok: false, error: "Your session has ended. Please sign in again." });
    await disconnected;
    expect(changedTables(before, await snapshot(world))).toEqual([]);
  });

  it("after the couple ended, an open socket's pause:start writes nothing and says why", async () => {
    const world = await buildWorld();
    const socket = await connect(harness.url, await cookieFor(world, "self"));
    const { db } = await import("@/lib/db");
    await db.pause.updateMany({ where: { coupleId: world.victim.id }, data: { endedAt: new Date() } });
    await db.couple.update({ where: { id: world.victim.id }, data: { endedAt: new Date() } });
    const before = await snapshot(world);
    const ack = await ask(socket, "pause:start", {});
    // The same words as over HTTP: one guard for every transport.
    expect(ack).toEqual({ ok: false, code: "forbidden", error: COUPLE_ENDED });
    const again = await ask(socket, "pause:end", { pauseId: world.pauseId });
    expect(again).toEqual({ ok: false, code: "forbidden", error: COUPLE_ENDED });
    expect(changedTables(before, await snapshot(world))).toEqual([]);
    expect(socket.connected).toBe(true);
    socket.disconnect();
  });

  it("refuses a browser from another origin", async () => {
    const world = await buildWorld();
    const { io } = await import("socket.io-client");
    const socket = io(harness.url, {
      transports: ["polling"],
      forceNew: true,
      reconnection: false,
      extraHeaders: { cookie: (await cookieFor(world, "self"))!, origin: "https://evil.example" },
    });
    const error = await new Promise<Error>((resolve) => socket.once("connect_error", resolve));
    expect(error.message).toMatch(/xhr poll error|origin|unauthorized|websocket error/i);
    socket.disconnect();
  });
});
