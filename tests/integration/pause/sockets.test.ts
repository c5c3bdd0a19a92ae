import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reloadEnv } from "@/lib/env";
import { startPause } from "@/lib/pause/mutations";
import { createCouple, createUser } from "@/tests/factories";
import { ask, connect, nextEvent, sessionCookie, settle, startRealtime, type RealtimeHarness, type TestSocket } from "./harness";

let server: RealtimeHarness;
const open: TestSocket[] = [];

beforeAll(async () => {
  process.env.RATE_LIMIT_SCALE = "1";
  reloadEnv();
  server = await startRealtime();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  for (const s of open.splice(0)) s.disconnect();
});

async function phone(user: { id: string; sessionId: string }) {
  const socket = await connect(server.url, await sessionCookie(user));
  open.push(socket);
  return socket;
}

/** Two connected partners, each having received the initial state. */
async function partners() {
  const couple = await createCouple();
  const [a, b] = await Promise.all([phone(couple.a), phone(couple.b)]);
  return { couple, a, b };
}

describe("pause over sockets", () => {
  it("A starts, B receives the authoritative pause with the server's clock; only their room hears it", async () => {
    const { couple, a, b } = await partners();
    const other = await createCouple();
    const stranger = await phone(other.a);
    const heardByStranger: unknown[] = [];
    stranger.on("pause:state", (s) => heardByStranger.push(s));

    const received = nextEvent(b, "pause:state", 2000, (s) => s.pause !== null);
    const sentAt = Date.now();
    const ack = await ask(a, "pause:start", {});
    const state = await received;
    expect(Date.now() - sentAt).toBeLessThan(1000);
    expect(ack.ok).toBe(true);
    if (!ack.ok) return;
    expect(ack.data.created).toBe(true);
    expect(state.pause!.id).toBe(ack.data.pause!.id);
    expect(state.pause!.endsAt).toBe(ack.data.pause!.endsAt);
    expect(state.pause!.startedById).toBe(couple.a.id);
    expect(Math.abs(state.serverNow - Date.now())).toBeLessThan(1000);
    await settle();
    expect(heardByStranger.filter((s) => (s as { pause: unknown }).pause)).toEqual([]);
  });

  it("a socket that connects mid-pause gets the full state at once (no replay needed)", async () => {
    const couple = await createCouple();
    const { state } = await startPause({ userId: couple.a.id, coupleId: couple.id, sessionId: couple.a.sessionId });
    let first: Promise<unknown> | undefined;
    const late = await connect(server.url, await sessionCookie(couple.b), {
      beforeConnect: (socket) => {
        first = nextEvent(socket, "pause:state");
      },
    });
    open.push(late);
    expect(await first).toMatchObject({ pause: { id: state.pause!.id, endsAt: state.pause!.endsAt } });
    const synced = await ask(late, "pause:sync", {});
    expect(synced.ok && synced.data.pause!.endsAt).toBe(state.pause!.endsAt);
  });

  it("the partner's ready and the starter's end reach both phones", async () => {
    const { a, b } = await partners();
    const ack = await ask(a, "pause:start", {});
    const pauseId = ack.ok ? ack.data.pause!.id : "";
    const seenByA = nextEvent(a, "pause:state", 2000, (s) => !!s.pause?.partnerReadyAt);
    expect((await ask(b, "pause:markReady", { pauseId })).ok).toBe(true);
    await seenByA;
    const refused = await ask(b, "pause:end", { pauseId });
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/ends it early/) });
    const seenByB = nextEvent(b, "pause:state", 2000, (s) => s.pause?.endReason === "ENDED_EARLY");
    expect((await ask(a, "pause:end", { pauseId })).ok).toBe(true);
    await seenByB;
  });
});

describe("bad input over sockets: refused with a reason, nothing written, the connection stays usable", () => {
  it("malformed payloads", async () => {
    const { couple, a } = await partners();
    for (const [event, payload] of [
      ["pause:end", {}],
      ["pause:end", { pauseId: 42 }],
      ["pause:reconvene", { pauseId: "x", choice: "NEVER" }],
      ["pause:reconvene", { pauseId: "x", choice: "SCHEDULE" }],
      ["pause:markReady", "not an object"],
    ] as const) {
      const res = await ask(a, event, payload);
      expect(res.ok, `${event} ${JSON.stringify(payload)}`).toBe(false);
      if (!res.ok) expect(res.error.length).toBeGreaterThan(5);
    }
    expect(await db.pause.count({ where: { coupleId: couple.id } })).toBe(0);
    expect((await ask(a, "pause:sync", {})).ok).toBe(true);
  });

  it("someone not in a couple", async () => {
    const loner = await createUser();
    const s = await phone(loner);
    const res = await ask(s, "pause:start", {});
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/shared space/) });
    expect(await db.pause.count()).toBe(0);
    expect((await ask(s, "system:ping", {})).ok).toBe(true);
  });

  it("another couple's pause", async () => {
    const mine = await partners();
    const theirs = await createCouple();
    const { state } = await startPause({ userId: theirs.a.id, coupleId: theirs.id, sessionId: theirs.a.sessionId });
    for (const event of ["pause:end", "pause:markReady", "pause:undo"] as const) {
      expect(await ask(mine.a, event, { pauseId: state.pause!.id })).toMatchObject({ ok: false, error: expect.stringMatching(/isn’t here/) });
    }
    expect(await ask(mine.b, "pause:reconvene", { pauseId: state.pause!.id, choice: "TALK_NOW" })).toMatchObject({ ok: false });
    const row = await db.pause.findUniqueOrThrow({ where: { id: state.pause!.id } });
    expect(row.endedAt).toBeNull();
    expect(row.partnerReadyAt).toBeNull();
    expect(await db.pause.count({ where: { coupleId: mine.couple.id } })).toBe(0);
  });

  it("an expired or revoked session is refused and disconnected", async () => {
    const { couple, a } = await partners();
    await db.session.update({ where: { id: couple.a.sessionId }, data: { revokedAt: new Date() } });
    const res = await ask(a, "pause:start", {});
    expect(res).toMatchObject({ ok: false, error: expect.stringMatching(/session has ended/) });
    expect(await db.pause.count({ where: { coupleId: couple.id } })).toBe(0);
    // And a handshake with it is refused outright.
    await expect(connect(server.url, await sessionCookie(couple.a))).rejects.toThrow(/unauthorized/);
    const expired = await createCouple();
    await db.session.update({ where: { id: expired.b.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(connect(server.url, await sessionCookie(expired.b))).rejects.toThrow(/unauthorized/);
    await expect(connect(server.url)).rejects.toThrow(/unauthorized/);
  });

  it("flooding is told to slow down without touching the database, and the socket still works", async () => {
    const { couple, a } = await partners();
    const results = await Promise.all(Array.from({ length: 12 }, () => ask(a, "pause:start", {})));
    const refused = results.filter((r) => !r.ok);
    expect(refused.length).toBeGreaterThanOrEqual(9);
    expect(refused[0]).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) });
    expect(await db.pause.count({ where: { coupleId: couple.id } })).toBe(1);
    await settle(1100);
    expect((await ask(a, "pause:sync", {})).ok).toBe(true);
  });

  it("the per-user limit holds across sockets (and would across nodes through Redis)", async () => {
    const couple = await createCouple();
    const sockets = await Promise.all([phone(couple.a), phone(couple.a), phone(couple.a)]);
    const results: boolean[] = [];
    for (let i = 0; i < 9; i++) {
      const r = await ask(sockets[i % 3]!, "pause:start", {});
      results.push(r.ok);
    }
    // 6 per minute per user: the rest wait, whichever phone they come from.
    expect(results.filter(Boolean)).toHaveLength(6);
  });
});
