import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { claimDue, enqueue } from "@/lib/jobs/queue";
import { JobWorker, type JobHandler } from "@/lib/jobs/worker";

/**
 * The jobs table's promise to the rest of Steady (timed notifications, reminders, and whoever
 * builds on it): a due job runs once, whichever node claims it, and it outlives the process.
 */
describe("jobs: claimed once across nodes, durable", () => {
  it("two claimers at the same moment never get the same job", async () => {
    const n = 300;
    await db.job.createMany({ data: Array.from({ length: n }, (_, i) => ({ kind: "test.count", runAt: new Date(Date.now() - 1000), data: { i } })) });
    const seen: string[] = [];
    // Two "nodes" claiming in small batches on separate connections until nothing is left.
    const node = async () => {
      for (;;) {
        const got = await claimDue(7, 60);
        if (got.length === 0) return;
        seen.push(...got.map((j) => j.id));
      }
    };
    await Promise.all([node(), node(), node(), node()]);
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
  });

  it("two workers run each due job exactly once, and a failing job is tried again later", async () => {
    const n = 200;
    await db.job.createMany({ data: Array.from({ length: n }, (_, i) => ({ kind: "test.count", runAt: new Date(Date.now() - 1000), data: { i } })) });
    await enqueue(db, { kind: "test.flaky", runAt: new Date(Date.now() - 1000), data: {} });
    const runs = new Map<string, number>();
    let flaky = 0;
    const handlers: Record<string, JobHandler> = {
      "test.count": async (job) => {
        runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
        return { done: true };
      },
      "test.flaky": async () => {
        if (++flaky === 1) throw new Error("first run fails");
        return { done: true };
      },
    };
    const nodes = [new JobWorker({ handlers, pollMs: 20, batch: 8 }), new JobWorker({ handlers, pollMs: 20, batch: 8 })];
    nodes.forEach((w) => w.start());
    await expect.poll(() => db.job.count({ where: { kind: "test.count", doneAt: null } }), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => flaky, { timeout: 10_000 }).toBe(2);
    await Promise.all(nodes.map((w) => w.stop()));
    expect(runs.size).toBe(n);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    const retried = await db.job.findFirstOrThrow({ where: { kind: "test.flaky" } });
    expect(retried.attempts).toBe(2);
    expect(retried.doneAt).not.toBeNull();
  });

  it("a job held by a node that died is run by another once its lease runs out", async () => {
    await enqueue(db, { kind: "test.count", runAt: new Date(Date.now() - 1000) });
    const [held] = await claimDue(1, 1); // a node claims it for a second, then "dies"
    expect(held).toBeDefined();
    expect(await claimDue(1, 60)).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const [again] = await claimDue(1, 60);
    expect(again?.id).toBe(held!.id);
    expect(again?.attempts).toBe(2);
  });

  it("a key makes a job once, whoever enqueues it and however often", async () => {
    await Promise.all(Array.from({ length: 10 }, () => enqueue(db, { kind: "test.count", key: "checkin.due:a:2026-12-02", runAt: new Date() })));
    expect(await db.job.count({ where: { key: "checkin.due:a:2026-12-02" } })).toBe(1);
  });
});
