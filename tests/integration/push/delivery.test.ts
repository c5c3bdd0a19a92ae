import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { executeOperation } from "@/lib/operations/execute";
import { endPauseOp, reconveneOp, startPauseOp, undoPauseOp } from "@/lib/pause/operations";
import { updatePushSettingsOp } from "@/lib/push/operations";
import { createCouple } from "@/tests/factories";
import { subscribe, sleep, pushWorld, vapid } from "./helpers";
import { decryptPush, verifyVapid } from "./local-push-service";

const ctx = pushWorld();

const settings = { pauseStarted: true, pauseAfter: true, proposals: true, checkIns: true, reviews: true, quiet: false, showNames: false };

describe("Web Push: what a locked phone receives", () => {
  it("the partner's phone gets 'a pause has started', encrypted for it alone, signed for its push service", async () => {
    const c = await createCouple({ a: "Alex", b: "Blake" });
    const a = await subscribe(ctx.service, c.a);
    const b = await subscribe(ctx.service, c.b);
    const started = await executeOperation(startPauseOp, {}, c.a.request);
    expect(started.ok).toBe(true);
    const [push] = await ctx.service.waitFor(b.path);
    const message = JSON.parse(decryptPush(push!.body, b)) as Record<string, unknown>;
    expect(message).toMatchObject({ kind: "pause.started", title: "Steady", body: "A pause has started — 10 minutes", url: "/pause", tag: "pause" });
    // Neutral: no name unless Blake opted in.
    expect(JSON.stringify(message)).not.toContain("Alex");
    expect(push!.headers["content-encoding"]).toBe("aes128gcm");
    expect(push!.headers.urgency).toBe("high");
    expect(push!.headers.topic).toBe("pause");
    const ttl = Number(push!.headers.ttl);
    expect(ttl).toBeGreaterThan(500); // about the pause's ten minutes: useless after it
    expect(ttl).toBeLessThanOrEqual(600);
    const claims = verifyVapid(push!.headers.authorization, vapid.publicKey);
    expect(claims.aud).toBe(ctx.service.origin);
    expect(claims.exp * 1000).toBeGreaterThan(Date.now());
    expect(claims.exp * 1000).toBeLessThanOrEqual(Date.now() + 24 * 3600_000);
    // The one who tapped gets nothing; and Alex's key cannot open Blake's message.
    await sleep(300);
    expect(ctx.service.received.filter((r) => r.path === a.path)).toHaveLength(0);
    expect(() => decryptPush(push!.body, a)).toThrow();
  });

  it("with names opted in, the lock screen says who; ending early tells the partner we're ready to talk", async () => {
    const c = await createCouple({ a: "Alex", b: "Blake" });
    const b = await subscribe(ctx.service, c.b);
    expect((await executeOperation(updatePushSettingsOp, { ...settings, showNames: true }, c.b.request)).ok).toBe(true);
    const started = await executeOperation(startPauseOp, {}, c.a.request);
    if (!started.ok) throw new Error(started.error);
    const [first] = await ctx.service.waitFor(b.path);
    expect(JSON.parse(decryptPush(first!.body, b)).body).toBe("Alex started a pause — 10 minutes");
    expect((await executeOperation(endPauseOp, { pauseId: started.data.pause!.id }, c.a.request)).ok).toBe(true);
    const [, second] = await ctx.service.waitFor(b.path, 2);
    expect(JSON.parse(decryptPush(second!.body, b))).toMatchObject({ kind: "pause.reconvened", body: "Alex is ready to talk", url: "/pause" });
  });

  it("each phone reads it in its person's language: Spanish for one who chose it, English for one who never chose", async () => {
    const c = await createCouple({ a: "Alex", b: "Blake" });
    await db.user.update({ where: { id: c.b.id }, data: { locale: "es" } });
    const a = await subscribe(ctx.service, c.a);
    const b = await subscribe(ctx.service, c.b);
    const started = await executeOperation(startPauseOp, {}, c.a.request);
    if (!started.ok) throw new Error(started.error);
    const [toB] = await ctx.service.waitFor(b.path);
    expect(JSON.parse(decryptPush(toB!.body, b))).toMatchObject({ title: "Steady", body: "Ha empezado una pausa — 10 minutos", lang: "es", tag: "pause" });
    expect((await executeOperation(undoPauseOp, { pauseId: started.data.pause!.id }, c.a.request)).ok).toBe(true);
    const [, undone] = await ctx.service.waitFor(b.path, 2);
    expect(JSON.parse(decryptPush(undone!.body, b))).toMatchObject({ body: "La pausa se ha cancelado", lang: "es", tag: "pause" });
    // B asks for one; A, who never chose a language, reads English.
    const second = await executeOperation(startPauseOp, {}, c.b.request);
    if (!second.ok) throw new Error(second.error);
    const [toA] = await ctx.service.waitFor(a.path);
    expect(JSON.parse(decryptPush(toA!.body, a))).toMatchObject({ body: "A pause has started — 10 minutes", lang: "en" });
  });

  it("a setting turned off sends nothing of that kind", async () => {
    const c = await createCouple();
    const b = await subscribe(ctx.service, c.b);
    await executeOperation(updatePushSettingsOp, { ...settings, pauseStarted: false }, c.b.request);
    await executeOperation(startPauseOp, {}, c.a.request);
    await sleep(800);
    expect(ctx.service.received.filter((r) => r.path === b.path)).toHaveLength(0);
    const job = await db.job.findFirst({ where: { coupleId: c.id, kind: "pause.started" } });
    expect(job?.doneAt).not.toBeNull();
  });

  it("zero comes at the pause's end, follows an extension, and a chosen time is a reminder for both", async () => {
    const c = await createCouple({ a: "Alex", b: "Blake" });
    const a = await subscribe(ctx.service, c.a);
    const b = await subscribe(ctx.service, c.b);
    const started = await executeOperation(startPauseOp, {}, c.a.request);
    if (!started.ok) throw new Error(started.error);
    const pauseId = started.data.pause!.id;
    await ctx.service.waitFor(b.path);
    // Time passes: the pause reached zero (moved back, as the clock would).
    const zero = await db.job.findFirstOrThrow({ where: { coupleId: c.id, kind: "pause.zero" } });
    expect(zero.runAt.getTime()).toBe(new Date(started.data.pause!.endsAt).getTime());
    await db.pause.update({ where: { id: pauseId }, data: { startedAt: new Date(Date.now() - 11 * 60_000), endsAt: new Date(Date.now() - 1000) } });
    await db.job.update({ where: { id: zero.id }, data: { runAt: new Date(Date.now() - 1000) } });
    const [zeroA] = await ctx.service.waitFor(a.path);
    expect(JSON.parse(decryptPush(zeroA!.body, a))).toMatchObject({ kind: "pause.zero", body: "The pause is over — time to choose how we reconvene" });
    await ctx.service.waitFor(b.path, 2);
    // Blake picks a time: Alex hears it; at that time both are reminded (moved forward here too).
    const at = Date.now() + 30 * 60_000;
    expect((await executeOperation(reconveneOp, { pauseId, choice: "SCHEDULE", at }, c.b.request)).ok).toBe(true);
    const [, chosen] = await ctx.service.waitFor(a.path, 2);
    expect(JSON.parse(decryptPush(chosen!.body, a)).body).toMatch(/^We’ll talk at \d\d:\d\d$/);
    const talk = await db.job.findFirstOrThrow({ where: { coupleId: c.id, kind: "pause.talkAt" } });
    expect(talk.runAt.getTime()).toBe(at);
    await db.job.update({ where: { id: talk.id }, data: { runAt: new Date() } });
    const [, , talkA] = await ctx.service.waitFor(a.path, 3);
    expect(JSON.parse(decryptPush(talkA!.body, a))).toMatchObject({ kind: "pause.talkAt", url: "/pause" });
    await ctx.service.waitFor(b.path, 3);
  });

  it("a zero whose pause was extended moves to the new end; ending early cancels it", async () => {
    const c = await createCouple();
    const b = await subscribe(ctx.service, c.b);
    const started = await executeOperation(startPauseOp, {}, c.a.request);
    if (!started.ok) throw new Error(started.error);
    await ctx.service.waitFor(b.path);
    const zero = await db.job.findFirstOrThrow({ where: { coupleId: c.id, kind: "pause.zero" } });
    const later = new Date(Date.now() + 5 * 60_000);
    await db.pause.update({ where: { id: started.data.pause!.id }, data: { endsAt: later } });
    await db.job.update({ where: { id: zero.id }, data: { runAt: new Date(Date.now() - 1000) } });
    await expect.poll(async () => (await db.job.findUniqueOrThrow({ where: { id: zero.id } })).runAt.getTime(), { timeout: 5000 }).toBe(later.getTime());
    expect((await db.job.findUniqueOrThrow({ where: { id: zero.id } })).doneAt).toBeNull();
    // The one who asked ends it early: its zero is cancelled in the same statement.
    await executeOperation(endPauseOp, { pauseId: started.data.pause!.id }, c.a.request);
    await ctx.service.waitFor(b.path, 2); // "ready to talk"
    expect(await db.job.findUnique({ where: { id: zero.id } })).toBeNull();
  });

  it("a pause taken back (undo) replaces 'a pause has started' on the partner's lock screen: same tag, same topic", async () => {
    const c = await createCouple({ a: "Alex", b: "Blake" });
    const a = await subscribe(ctx.service, c.a);
    const b = await subscribe(ctx.service, c.b);
    const started = await executeOperation(startPauseOp, {}, c.a.request);
    if (!started.ok) throw new Error(started.error);
    const [first] = await ctx.service.waitFor(b.path);
    expect((await executeOperation(undoPauseOp, { pauseId: started.data.pause!.id }, c.a.request)).ok).toBe(true);
    const [, second] = await ctx.service.waitFor(b.path, 2);
    const before = JSON.parse(decryptPush(first!.body, b)) as Record<string, unknown>;
    const after = JSON.parse(decryptPush(second!.body, b)) as Record<string, unknown>;
    expect(after).toMatchObject({ kind: "pause.undone", body: "The pause was taken back", url: "/pause" });
    // The service worker shows it under the same tag, so it takes the old one's place.
    expect(after.tag).toBe(before.tag);
    // A push service holding the first one undelivered keeps only the newest of a topic.
    expect(second!.headers.topic).toBe(first!.headers.topic);
    expect(Number(second!.headers.ttl)).toBeLessThanOrEqual(600);
    await sleep(300);
    expect(ctx.service.received.filter((r) => r.path === a.path)).toHaveLength(0);
  });

  it("someone who turned 'a pause has started' off is not told it was taken back either", async () => {
    const c = await createCouple();
    const b = await subscribe(ctx.service, c.b);
    await executeOperation(updatePushSettingsOp, { ...settings, pauseStarted: false }, c.b.request);
    const started = await executeOperation(startPauseOp, {}, c.a.request);
    if (!started.ok) throw new Error(started.error);
    expect((await executeOperation(undoPauseOp, { pauseId: started.data.pause!.id }, c.a.request)).ok).toBe(true);
    await expect.poll(() => db.job.count({ where: { coupleId: c.id, kind: { in: ["pause.started", "pause.undone"] }, doneAt: null } }), { timeout: 5000 }).toBe(0);
    expect(ctx.service.received.filter((r) => r.path === b.path)).toHaveLength(0);
  });

  it("a zero whose pause was taken back (undo) is ignored when its time comes", async () => {
    const c = await createCouple();
    const b = await subscribe(ctx.service, c.b);
    const started = await executeOperation(startPauseOp, {}, c.a.request);
    if (!started.ok) throw new Error(started.error);
    await ctx.service.waitFor(b.path);
    expect((await executeOperation(undoPauseOp, { pauseId: started.data.pause!.id }, c.a.request)).ok).toBe(true);
    await ctx.service.waitFor(b.path, 2); // "taken back"
    const zero = await db.job.findFirstOrThrow({ where: { coupleId: c.id, kind: "pause.zero" } });
    await db.job.update({ where: { id: zero.id }, data: { runAt: new Date(Date.now() - 1000) } });
    await expect.poll(async () => (await db.job.findUniqueOrThrow({ where: { id: zero.id } })).doneAt, { timeout: 5000 }).not.toBeNull();
    expect((await db.job.findUniqueOrThrow({ where: { id: zero.id } })).lastError).toBe("the pause already ended");
    expect(ctx.service.received.filter((r) => r.path === b.path)).toHaveLength(2);
  });
});
