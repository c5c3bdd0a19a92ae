import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/queue";
import { JobWorker, setJobWorker } from "@/lib/jobs/worker";
import { executeOperation } from "@/lib/operations/execute";
import { startPauseOp } from "@/lib/pause/operations";
import { runPushJob } from "@/lib/push/notify";
import { jobHandlers } from "@/lib/push/worker";
import { createCouple } from "@/tests/factories";
import { pushWorld, sleep, subscribe } from "./helpers";
import { decryptPush } from "./local-push-service";

// No worker of the file's own: each test sets the node it needs.
const ctx = pushWorld({ worker: false });

describe("Web Push: the pause's push is handed to the node that wrote it, and still sent once", () => {
  it("the pause's statement leases its push to this node, which sends it without claiming; a second node never runs it", async () => {
    const here = new JobWorker({ handlers: jobHandlers(), pollMs: 0 });
    const other = new JobWorker({ handlers: jobHandlers(), pollMs: 20 }).start();
    setJobWorker(here);
    try {
      const c = await createCouple();
      const b = await subscribe(ctx.service, c.b);
      const started = await executeOperation(startPauseOp, {}, c.a.request);
      expect(started.ok).toBe(true);
      const [push] = await ctx.service.waitFor(b.path);
      expect(JSON.parse(decryptPush(push!.body, b))).toMatchObject({ kind: "pause.started" });
      const job = await db.job.findFirstOrThrow({ where: { coupleId: c.id, kind: "pause.started" } });
      await expect.poll(async () => (await db.job.findUniqueOrThrow({ where: { id: job.id } })).doneAt, { timeout: 5000 }).not.toBeNull();
      // One run: the lease was given by the insert (attempts 1), never claimed again by either node.
      expect((await db.job.findUniqueOrThrow({ where: { id: job.id } })).attempts).toBe(1);
      await sleep(300);
      expect(ctx.service.received.filter((r) => r.path === b.path)).toHaveLength(1);
    } finally {
      setJobWorker(undefined);
      await Promise.all([here.stop(), other.stop()]);
    }
  });

  it("a node that dies right after the pause committed: another node sends the push once its lease runs out", async () => {
    // This node leases for a second and then "dies" before running what it wrote.
    const dying = new JobWorker({ handlers: jobHandlers(), pollMs: 0, leaseSeconds: 1 });
    dying.runLeased = () => {};
    setJobWorker(dying);
    const other = new JobWorker({ handlers: jobHandlers(), pollMs: 50 }).start();
    try {
      const c = await createCouple();
      const b = await subscribe(ctx.service, c.b);
      expect((await executeOperation(startPauseOp, {}, c.a.request)).ok).toBe(true);
      const job = await db.job.findFirstOrThrow({ where: { coupleId: c.id, kind: "pause.started" } });
      expect(job.lockedUntil).not.toBeNull();
      const [push] = await ctx.service.waitFor(b.path);
      expect(JSON.parse(decryptPush(push!.body, b))).toMatchObject({ kind: "pause.started", body: "A pause has started — 10 minutes" });
      await expect.poll(async () => (await db.job.findUniqueOrThrow({ where: { id: job.id } })).doneAt, { timeout: 5000 }).not.toBeNull();
      expect((await db.job.findUniqueOrThrow({ where: { id: job.id } })).attempts).toBe(2);
      await sleep(300);
      expect(ctx.service.received.filter((r) => r.path === b.path)).toHaveLength(1);
    } finally {
      setJobWorker(undefined);
      await other.stop();
    }
  });

  it("a node without a worker leaves its pause's push unleased, and a node that has one sends it", async () => {
    setJobWorker(undefined);
    const other = new JobWorker({ handlers: jobHandlers(), pollMs: 50 }).start();
    try {
      const c = await createCouple();
      const b = await subscribe(ctx.service, c.b);
      expect((await executeOperation(startPauseOp, {}, c.a.request)).ok).toBe(true);
      await ctx.service.waitFor(b.path);
      const job = await db.job.findFirstOrThrow({ where: { coupleId: c.id, kind: "pause.started" } });
      expect(job.attempts).toBe(1); // claimed once, by the poller
    } finally {
      await other.stop();
    }
  });

  it("'taken back' is not sent for a start that never went out", async () => {
    const c = await createCouple();
    await subscribe(ctx.service, c.b);
    const pause = await db.pause.create({ data: { coupleId: c.id, startedById: c.a.id, startedAt: new Date(), endsAt: new Date(Date.now() + 600_000), minutes: 10, endedAt: new Date(), endReason: "UNDONE" } });
    // The start's job ran after the undo and rightly sent nothing.
    await db.job.create({ data: { kind: "pause.started", coupleId: c.id, runAt: new Date(), data: { pauseId: pause.id, actorId: c.a.id }, doneAt: new Date(), lastError: "the pause already ended" } });
    const id = crypto.randomUUID();
    await enqueue(db, { id, kind: "pause.undone", coupleId: c.id, data: { pauseId: pause.id, actorId: c.a.id } });
    const job = await db.job.findUniqueOrThrow({ where: { id } });
    const outcome = await runPushJob({ ...job, data: job.data as Record<string, unknown>, attempts: 1 });
    expect(outcome).toEqual({ done: true, note: "the start was never sent" });
  });
});
