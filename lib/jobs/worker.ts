import { createLimiter } from "../concurrency";
import { log } from "../log";
import { claimById, claimDue, finishJob, rescheduleJob, type JobRow } from "./queue";

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

/**
 * One per node. Looks for due jobs every `pollMs` and whenever kicked; runs a job the node just
 * wrote at once (runSoon). Each run claims first, so two nodes never run one job twice.
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
  private readonly lease: number;

  constructor(private readonly options: WorkerOptions) {
    this.batch = options.batch ?? 32;
    this.lease = options.leaseSeconds ?? 60;
    this.limited = createLimiter(options.concurrency ?? 16);
    this.soon = createLimiter(options.concurrency ?? 16);
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
        this.soon(async () => {
          const job = await claimById(id, this.lease);
          if (job) await this.run(job);
        }),
      );
    });
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
        claimed = await claimDue(this.batch, this.lease);
        await Promise.all(claimed.map((job) => this.limited(() => this.run(job))));
      } while (!this.stopped && (claimed.length === this.batch || this.again));
    } catch (err) {
      log.warn(`jobs: could not claim due jobs: ${(err as Error).message}`);
    } finally {
      this.passing = false;
      if (this.options.pollMs > 0) this.schedule(this.options.pollMs);
    }
  }

  private async run(job: JobRow): Promise<void> {
    const handler = this.options.handlers[job.kind];
    if (!handler) {
      await finishJob(job.id, `no handler for ${job.kind}`);
      return;
    }
    let outcome: JobOutcome;
    try {
      outcome = await handler(job);
    } catch (err) {
      const message = (err as Error).message ?? String(err);
      if (job.attempts >= MAX_ATTEMPTS) {
        log.warn(`jobs: ${job.kind} ${job.id} gave up after ${job.attempts} runs: ${message}`);
        await finishJob(job.id, message);
      } else {
        await rescheduleJob(job.id, new Date(Date.now() + backoffMs(job.attempts)), undefined, message);
      }
      return;
    }
    if ("retryAt" in outcome) await rescheduleJob(job.id, outcome.retryAt, outcome.data, outcome.error);
    else await finishJob(job.id, outcome.note);
  }
}

// server.ts (tsx) and Next's bundle load separate copies of this module: the node's one worker is
// shared through a global symbol, so a write made in either can hand its job over.
const KEY = Symbol.for("steady.jobs.worker");
type Holder = { [KEY]?: JobWorker };

export function setJobWorker(worker: JobWorker | undefined): void {
  (globalThis as Holder)[KEY] = worker;
}

/** After a commit that enqueued a job due now: run it on this node at once (no await, no added latency). */
export function runJobSoon(id: string): void {
  (globalThis as Holder)[KEY]?.runSoon(id);
}

/** After a commit that enqueued jobs: look for due ones now. */
export function kickJobs(): void {
  (globalThis as Holder)[KEY]?.kick();
}
