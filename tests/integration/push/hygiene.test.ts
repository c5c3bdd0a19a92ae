import { describe, expect, it } from "vitest";
import { proposeAgreementOp } from "@/lib/agreements/operations";
import { endMembership } from "@/lib/couples/mutations";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/queue";
import { executeOperation } from "@/lib/operations/execute";
import { startPauseOp } from "@/lib/pause/operations";
import { updatePushSettingsOp } from "@/lib/push/operations";
import { createCouple } from "@/tests/factories";
import { subscribe, sleep, pushWorld } from "./helpers";
import { decryptPush } from "./local-push-service";

const ctx = pushWorld();

const need = { kind: "NEED", need: "PRESENCE", why: "Being really here matters to me", note: "" };

/** Quiet hours around now in Europe/Berlin (the factories' zone): from an hour ago until an hour on. */
function quietNow() {
  const hhmm = (t: number) => new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Berlin" }).format(t);
  return { quietFrom: hhmm(Date.now() - 3600_000), quietTo: hhmm(Date.now() + 3600_000) };
}

describe("Web Push: delivery hygiene", () => {
  it("a subscription the push service calls gone (404, 410) is deleted", async () => {
    for (const status of [404, 410]) {
      const c = await createCouple();
      const b = await subscribe(ctx.service, c.b);
      ctx.service.answer(b.path, { status });
      await executeOperation(startPauseOp, {}, c.a.request);
      await ctx.service.waitFor(b.path);
      await expect.poll(() => db.pushSubscription.count({ where: { userId: c.b.id } }), { timeout: 5000 }).toBe(0);
    }
  });

  it("429 and 5xx are tried again (Retry-After, then backoff), and the phone gets it once", async () => {
    const c = await createCouple();
    const b = await subscribe(ctx.service, c.b);
    ctx.service.answer(b.path, { status: 429, headers: { "Retry-After": "1" } }, { status: 503 });
    await executeOperation(startPauseOp, {}, c.a.request);
    const got = await ctx.service.waitFor(b.path, 3, 15_000);
    expect(got[1]!.at - got[0]!.at).toBeGreaterThanOrEqual(900); // Retry-After: 1 second
    expect(JSON.parse(decryptPush(got[2]!.body, b)).kind).toBe("pause.started");
    await sleep(500);
    expect(ctx.service.received.filter((r) => r.path === b.path)).toHaveLength(3);
    const job = await db.job.findFirstOrThrow({ where: { coupleId: c.id, kind: "pause.started" } });
    expect(job.doneAt).not.toBeNull();
    expect(job.attempts).toBe(3);
  });

  it("a retry skips the phones that already got it", async () => {
    const c = await createCouple();
    const b1 = await subscribe(ctx.service, c.b, `/${c.b.id}/phone`);
    // Blake's second device: another session of theirs.
    const { createSession } = await import("@/lib/auth/sessions");
    const tablet = await createSession(c.b.id, "tablet");
    const b2 = await subscribe(ctx.service, { ...c.b, sessionId: tablet.id, request: { ...c.b.request, sessionId: tablet.id } }, `/${c.b.id}/tablet`);
    ctx.service.answer(b2.path, { status: 500 });
    await executeOperation(startPauseOp, {}, c.a.request);
    await ctx.service.waitFor(b2.path, 2, 15_000);
    await sleep(300);
    expect(ctx.service.received.filter((r) => r.path === b1.path)).toHaveLength(1);
  });

  it("nothing is sent after a couple ends: its jobs go with it, and a job that slipped through finds no one", async () => {
    const c = await createCouple();
    const b = await subscribe(ctx.service, c.b);
    await executeOperation(startPauseOp, {}, c.a.request);
    await ctx.service.waitFor(b.path);
    await expect.poll(() => db.job.count({ where: { coupleId: c.id, doneAt: null } })).toBe(1); // the zero
    await endMembership(c.a.id, c.id);
    expect(await db.job.count({ where: { coupleId: c.id } })).toBe(0);
    // One made after the end (a race with the leave) is run and sends nothing.
    await enqueue(db, { kind: "pause.reconvened", coupleId: c.id, data: { actorId: c.a.id, choice: "TALK_NOW" } });
    await expect.poll(() => db.job.count({ where: { coupleId: c.id, doneAt: { not: null } } }), { timeout: 5000 }).toBe(1);
    expect((await db.job.findFirstOrThrow({ where: { coupleId: c.id } })).lastError).toBe("the couple ended");
    expect(ctx.service.received.filter((r) => r.path === b.path)).toHaveLength(1);
    // The one who left takes no subscription of theirs along.
    expect(await db.pushSubscription.count({ where: { userId: c.a.id } })).toBe(0);
  });

  it("quiet hours hold back a proposal until they end, never the partner's pause", async () => {
    const c = await createCouple({ a: "Alex", b: "Blake" });
    const b = await subscribe(ctx.service, c.b);
    const quiet = quietNow();
    const saved = await executeOperation(updatePushSettingsOp, { pauseStarted: true, pauseAfter: true, proposals: true, checkIns: true, reviews: true, quiet: true, ...quiet, showNames: false }, c.b.request);
    expect(saved.ok).toBe(true);
    expect((await executeOperation(proposeAgreementOp, need, c.a.request)).ok).toBe(true);
    await expect.poll(() => db.job.count({ where: { coupleId: c.id, kind: "proposal.waiting", doneAt: { not: null } } }), { timeout: 5000 }).toBe(1);
    const held = await db.job.findFirstOrThrow({ where: { coupleId: c.id, kind: "proposal.waiting", doneAt: null } });
    expect(held.runAt.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
    expect(held.runAt.getTime()).toBeLessThanOrEqual(Date.now() + 61 * 60_000);
    expect(ctx.service.received.filter((r) => r.path === b.path)).toHaveLength(0);
    // The pause passes quiet hours at once.
    await executeOperation(startPauseOp, {}, c.a.request);
    const [push] = await ctx.service.waitFor(b.path);
    expect(JSON.parse(decryptPush(push!.body, b)).kind).toBe("pause.started");
    // When quiet hours end, the proposal arrives (moved forward here, as the clock would).
    await db.job.update({ where: { id: held.id }, data: { runAt: new Date(Date.now() - 1000) } });
    await db.notificationSettings.update({ where: { userId: c.b.id }, data: { quietFrom: null, quietTo: null } });
    const [, later] = await ctx.service.waitFor(b.path, 2);
    expect(JSON.parse(decryptPush(later!.body, b))).toMatchObject({ kind: "proposal.waiting", body: "A suggestion is waiting for your answer" });
  });

  it("an answered proposal sends nothing", async () => {
    const c = await createCouple();
    const b = await subscribe(ctx.service, c.b);
    await ctx.worker!.stop();
    const proposed = await executeOperation(proposeAgreementOp, need, c.a.request);
    if (!proposed.ok) throw new Error(proposed.error);
    await db.agreementVersion.update({ where: { id: proposed.data.versionId }, data: { status: "WITHDRAWN" } });
    ctx.worker!.start();
    await expect.poll(() => db.job.count({ where: { coupleId: c.id, doneAt: { not: null } } }), { timeout: 5000 }).toBe(1);
    expect(ctx.service.received.filter((r) => r.path === b.path)).toHaveLength(0);
  });
});
