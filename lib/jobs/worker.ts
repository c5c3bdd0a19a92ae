import { createLimiter } from "../concurrency";
import { log } from "../log";
import { claimById, claimDue, finishJobs, renewLease, rescheduleJob, type JobRow } from "./queue";

/** What a handler decides: done (possibly with a note why nothing was sent), or run again at a time. */
export type JobOutcome = { done: true; note?: string } | { retryAt: Date; data?: Record<string, unknown>; error?: string };
export type JobHandler = (job: JobRow) => Promise<JobOutcome>;

export interface WorkerOptions {
  handlers: Record<string, JobHandler>;
  /** How often to look for due jobs; timers and kicks make most runs sooner. */
  pollMs: number;
  batch?: number;
  concurrency?: number;
  leaseSeconds?: number;
}

/** After this many failed runs a job is given up on (done, with its last error). */
export const MAX_ATTEMPTS = 8;

/** 2 s, 4 s, 8 s … up to 10 minutes, with ±20% jitter so retries from many jobs spread out. */
export function backoffMs(attempt: number): number {
  const base = Math.min(2000 * 2 ** Math.max(0, attempt - 1), 10 * 60_000);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/** How long a node holds a job it claimed (or wrote already leased to itself) before another may run it. */
export const LEASE_SECONDS = 60;

/**
 * One per node. Looks for due jobs every `pollMs` and whenever kicked; runs a job the node just
 * wrote at once: claimed by id (runSoon), or, on the pause's path, written already leased to this
 * node by the statement that made it (runLeased, no claim at all). Either way one node holds the
 * lease, so two nodes never run one job twice; while it runs its lease is renewed, so only a node
 * that died (or lost the database for longer than the lease) lets its job go to another
 * (tests/integration/resilience/jobs.test.ts).
 */
export class JobWorker {
  private timer: NodeJS.Timeout | null = null;
  private passing = false;
  private again = false;
  private stopped = false;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly limited: ReturnType<typeof createLimiter>;
  /** Jobs this node just wrote (a pause's push) wait behind each other only, never behind a backlog. */
  private readonly soon: ReturnType<typeof createLimiter>;
  private readonly batch: number;
  readonly lease: number;
  /** Runs that ended and wait to be marked done: one statement marks all that ended meanwhile. */
  private finishing: { id: string; note: string | null; attempts: number; settle: (held: boolean) => void; fail: (err: unknown) => void }[] = [];
  private flushing = false;

  constructor(private readonly options: WorkerOptions) {
    this.batch = options.batch ?? 32;
    this.lease = options.leaseSeconds ?? LEASE_SECONDS;
    this.limited = createLimiter(options.concurrency ?? 16);
    this.soon = createLimiter(options.concurrency ?? 16);
  }

  /** False once stopping: a job written now is left to its lease running out (another node, or a restart). */
  get accepting(): boolean {
    return !this.stopped;
  }

  start(): this {
    this.stopped = false;
    this.schedule(0);
    return this;
  }

  /** Stops looking and waits for the jobs under way (their leases would otherwise hold them a minute). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  /** Looks for due jobs now (e.g. after enqueueing one due at once). */
  kick(): void {
    if (this.stopped) return;
    if (this.passing) this.again = true;
    else this.schedule(0);
  }

  /** Runs this job on this node right away, unless another node got it first. Never awaited by callers. */
  runSoon(id: string): void {
    if (this.stopped) return;
    setImmediate(() => {
      this.track(
        (async () => {
          const claimedAt = Date.now();
          const job = await this.soon(() => claimById(id, this.lease));
          if (job) await this.run(job, this.soon, claimedAt);
        })(),
      );
    });
  }

  /**
   * Runs a job this node wrote already leased to itself (lockedUntil set, attempts 1, in the same
   * statement as the change it follows): no claim, no read of the row. Never awaited by callers.
   */
  runLeased(job: JobRow): void {
    if (this.stopped) return; // the lease runs out and another node (or this one, restarted) runs it
    const leasedAt = Date.now();
    setImmediate(() => this.track(this.run(job, this.soon, leasedAt)));
  }

  private schedule(ms: number) {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.pass(), ms);
    this.timer.unref();
  }

  private track(p: Promise<void>) {
    const tracked = p.catch((err: unknown) => log.error("jobs: a run failed", err)).finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  private async pass(): Promise<void> {
    if (this.stopped) return;
    this.passing = true;
    try {
      let claimed: JobRow[];
      do {
        this.again = false;
        const claimedAt = Date.now();
        claimed = await claimDue(this.batch, this.lease);
        await Promise.all(claimed.map((job) => this.run(job, this.limited, claimedAt)));
      } while (!this.stopped && (claimed.length === this.batch || this.again));
    } catch (err) {
      log.warn(`jobs: could not claim due jobs: ${(err as Error).message}`);
    } finally {
      this.passing = false;
      if (this.options.pollMs > 0) this.schedule(this.options.pollMs);
    }
  }

  /**
   * Marks a run done; false when a later claim took the job over. Runs that end while a marking
   * statement is under way are marked together by the next one: no timer, so a quiet node marks
   * each at once, and a busy one in few statements.
   */
  private finish(job: JobRow, note: string | null): Promise<boolean> {
    return new Promise((settle, fail) => {
      this.finishing.push({ id: job.id, note, attempts: job.attempts, settle, fail });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.finishing.length) {
      const batch = this.finishing;
      this.finishing = [];
      try {
        const held = await finishJobs(batch);
        for (const f of batch) f.settle(held.has(f.id));
      } catch (err) {
        // Not marked: each run's settle() tries again while the lease holds.
        for (const f of batch) f.fail(err);
      }
    }
    this.flushing = false;
  }

  /**
   * The handler runs within `limit` under a lease renewed while it runs; marking it done (batched)
   * does not hold a place there. `claimedAt`: when the lease was taken (a claim, or the write that
   * leased it to this node).
   */
  private async run(job: JobRow, limit: ReturnType<typeof createLimiter>, claimedAt: number): Promise<void> {
    const leaseMs = this.lease * 1000;
    let lost = false;
    const heartbeat = setInterval(() => {
      renewLease(job.id, job.attempts, this.lease).then(
        (held) => {
          if (!held && !lost) log.warn(`jobs: ${job.kind} ${job.id} was taken over while it ran (past its lease)`);
          lost ||= !held;
        },
        () => undefined, // the database is away: the lease holds a while, and the next beat tries again
      );
    }, leaseMs / 3);
    heartbeat.unref();
    try {
      const handler = this.options.handlers[job.kind];
      if (!handler) return await this.settle(job, () => this.finish(job, `no handler for ${job.kind}`));
      let outcome: JobOutcome | "taken over";
      try {
        outcome = await limit(async () => {
          // A job that waited for a free slot past a third of its lease may have been taken over
          // by another node, and then it is theirs. (A fresh lease needs no extra round trip.)
          if (Date.now() - claimedAt > leaseMs / 3 && !(await renewLease(job.id, job.attempts, this.lease))) return "taken over";
          return handler(job);
        });
      } catch (err) {
        const message = (err as Error).message ?? String(err);
        if (job.attempts >= MAX_ATTEMPTS) {
          log.warn(`jobs: ${job.kind} ${job.id} gave up after ${job.attempts} runs: ${message}`);
          return await this.settle(job, () => this.finish(job, message));
        }
        const retryAt = new Date(Date.now() + backoffMs(job.attempts));
        return await this.settle(job, () => rescheduleJob(job.id, retryAt, undefined, message, job.attempts));
      }
      if (outcome === "taken over") return;
      const { retryAt, data, error } = "retryAt" in outcome ? outcome : { retryAt: null, data: undefined, error: undefined };
      if (retryAt) await this.settle(job, () => rescheduleJob(job.id, retryAt, data, error, job.attempts));
      else await this.settle(job, () => this.finish(job, "note" in outcome ? (outcome.note ?? null) : null));
    } finally {
      clearInterval(heartbeat);
    }
  }

  /**
   * Writes a run's outcome, trying again while the database is away (a restart): the work is done,
   * and a lost "done" would let the lease run out and the job run a second time.
   */
  private async settle(job: JobRow, write: () => Promise<boolean>): Promise<void> {
    const until = Date.now() + this.lease * 1000;
    for (let delay = 100; ; delay = Math.min(delay * 2, 1000)) {
      try {
        if (!(await write())) log.warn(`jobs: ${job.kind} ${job.id} was taken over before its run was recorded`);
        return;
      } catch (err) {
        if (Date.now() + delay >= until) throw err;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }
}

// server.ts (tsx) and Next's bundle load separate copies of this module: the node's one worker is
// shared through a global symbol, so a write made in either can hand its job over.
const KEY = Symbol.for("steady.jobs.worker");
type Holder = { [KEY]?: JobWorker };

export function setJobWorker(worker: JobWorker | undefined): void {
  (globalThis as Holder)[KEY] = worker;
}

/**
 * The lease a statement should give a job it writes for this node to run at once, or null when
 * this node runs no worker (the job is then left to the nodes that do).
 */
export function jobLeaseSeconds(): number | null {
  const worker = (globalThis as Holder)[KEY];
  return worker?.accepting ? worker.lease : null;
}

/** After a commit that wrote a job leased to this node (jobLeaseSeconds): run it now, no claim. */
export function runLeasedJob(job: JobRow): void {
  (globalThis as Holder)[KEY]?.runLeased(job);
}

/** After a commit that enqueued a job due now: run it on this node at once (no await, no added latency). */
export function runJobSoon(id: string): void {
  (globalThis as Holder)[KEY]?.runSoon(id);
}

/** After a commit that enqueued jobs: look for due ones now. */
export function kickJobs(): void {
  (globalThis as Holder)[KEY]?.kick();
}
