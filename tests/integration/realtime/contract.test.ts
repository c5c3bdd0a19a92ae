import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCouple } from "@/tests/factories";
import { ask, connect, nextEvent, sessionCookie, settle, startRealtime, type RealtimeHarness } from "../pause/harness";

let harness: RealtimeHarness;
beforeAll(async () => {
  harness = await startRealtime();
});
afterAll(async () => {
  await harness.close();
});

describe("the realtime contract", () => {
  it("greets each partner with who they are, and answers pings with the server clock", async () => {
    const c = await createCouple();
    const [a, b] = await Promise.all([connect(harness.url, await sessionCookie(c.a)), connect(harness.url, await sessionCookie(c.b))]);
    const before = Date.now();
    const [pa, pb] = await Promise.all([ask(a, "system:ping", {}), ask(b, "system:ping", {})]);
    for (const pong of [pa, pb]) {
      expect(pong.ok).toBe(true);
      const serverNow = (pong as unknown as { data: { serverNow: number } }).data.serverNow;
      expect(serverNow).toBeGreaterThanOrEqual(before - 5);
      expect(serverNow).toBeLessThanOrEqual(Date.now() + 5);
    }
    a.disconnect();
    b.disconnect();
  });

  it("refuses a connection without a session", async () => {
    await expect(connect(harness.url)).rejects.toThrow("unauthorized");
    await expect(connect(harness.url, "steady.session=forged-token")).rejects.toThrow("unauthorized");
  });

  it("ignores unknown events and events without an ack, and stays usable", async () => {
    const c = await createCouple();
    const socket = await connect(harness.url, await sessionCookie(c.a));
    (socket as unknown as { emit: (e: string, ...a: unknown[]) => void }).emit("no:such-event", { x: 1 });
    (socket as unknown as { emit: (e: string, ...a: unknown[]) => void }).emit("system:ping", {});
    await settle();
    expect(socket.connected).toBe(true);
    expect((await ask(socket, "system:ping", {})).ok).toBe(true);
    socket.disconnect();
  });

  it("answers a malformed payload with a clear reason", async () => {
    const c = await createCouple();
    const socket = await connect(harness.url, await sessionCookie(c.a));
    const ack = await ask(socket, "pause:end", { pauseId: 42 });
    expect(ack.ok).toBe(false);
    expect(!ack.ok && ack.error).toBeTruthy();
    expect(!ack.ok && ack.error).not.toMatch(/Something went wrong/);
    expect(socket.connected).toBe(true);
    socket.disconnect();
  });

  it("slows a flood down with a clear message and keeps the connection", async () => {
    const c = await createCouple();
    const socket = await connect(harness.url, await sessionCookie(c.a));
    const acks = await Promise.all(Array.from({ length: 30 }, () => ask(socket, "system:ping", {})));
    const refused = acks.filter((a) => !a.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toMatchObject({ ok: false, error: "That was a lot at once. Please wait a moment and try again.", retryAfterSeconds: 1 });
    await settle(1100);
    expect((await ask(socket, "system:ping", {})).ok).toBe(true);
    socket.disconnect();
  });

  it("tells open screens when a partner leaves, and takes both out of the couple room", async () => {
    const c = await createCouple();
    const a = await connect(harness.url, await sessionCookie(c.a));
    const ended = nextEvent(a, "couples:ended");
    const { leaveCouple } = await import("@/lib/couples/mutations");
    const { resolveMember } = await import("@/lib/auth/member");
    const { FACTORY_PASSWORD } = await import("@/tests/factories");
    await leaveCouple((await resolveMember(c.b.sessionId))!, FACTORY_PASSWORD);
    expect(await ended).toMatchObject({ serverNow: expect.any(Number) });
    const rooms = await harness.realtime.io.in(`couple:${c.id}`).fetchSockets();
    expect(rooms).toHaveLength(0);
    a.disconnect();
  });
});
