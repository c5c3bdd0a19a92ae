import type { Prisma } from "@/lib/generated/prisma/client";
import { jobQuery } from "../db";
import { named, sql, trustedSql } from "../db/raw";

/**
 * The jobs table (docs/decisions/009-jobs-and-web-push.md): work to do at a time, in the database
 * so it survives a restart, claimed with FOR UPDATE SKIP LOCKED under a lease so that of any
 * number of nodes exactly one runs a due job. A job is done when its handler returns; a node that
 * dies mid-job lets it go when the lease runs out, and another node runs it again.
 */
export interface JobRow {
  id: string;
  kind: string;
  coupleId: string | null;
  key: string | null;
  runAt: Date;
  data: Record<string, unknown>;
  /** Counting this run: 1 the first time. */
  attempts: number;
}

export interface NewJob {
  kind: string;
  coupleId?: string | null;
  runAt?: Date;
  data?: Record<string, unknown>;
  /** At most one job per key, ever (kept after it ran): a second enqueue with the key does nothing. */
  key?: string;
  id?: string;
}

type JobWriter = Pick<Prisma.TransactionClient, "job">;

/** Adds a job, inside the caller's transaction when given one (so it commits with the change it follows). */
export async function enqueue(tx: JobWriter, job: NewJob): Promise<void> {
  await tx.job.createMany({
    data: [{ id: job.id, kind: job.kind, coupleId: job.coupleId ?? null, key: job.key ?? null, runAt: job.runAt ?? new Date(), data: (job.data ?? {}) as Prisma.InputJsonValue }],
    skipDuplicates: true,
  });
}

const COLUMNS = trustedSql(`j."id", j."kind", j."coupleId", j."key", j."runAt", j."data", j."attempts"`);
const NOW = trustedSql(`(now() AT TIME ZONE 'UTC')`);

/** Claims up to `limit` due jobs for `leaseSeconds`; another claimer at the same moment skips them. */
export function claimDue(limit: number, leaseSeconds: number): Promise<JobRow[]> {
  return jobQuery<JobRow>(
    named(
      "jobs_claim_due",
      sql`UPDATE "Job" j SET "lockedUntil" = ${NOW} + make_interval(secs => ${leaseSeconds}::int), "attempts" = j."attempts" + 1
      FROM (
        SELECT "id" FROM "Job"
        WHERE "doneAt" IS NULL AND "runAt" <= ${NOW} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${NOW})
        ORDER BY "runAt" LIMIT ${limit}::int
        FOR UPDATE SKIP LOCKED
      ) due
      WHERE j."id" = due."id"
      RETURNING ${COLUMNS}`,
    ),
  );
}

/**
 * Claims one job by id, due or not yet by the database's clock (the node that just wrote it runs it
 * at once); null when it is done or another node holds it.
 */
export async function claimById(id: string, leaseSeconds: number): Promise<JobRow | null> {
  const rows = await jobQuery<JobRow>(
    named(
      "jobs_claim_id",
      sql`UPDATE "Job" j SET "lockedUntil" = ${NOW} + make_interval(secs => ${leaseSeconds}::int), "attempts" = j."attempts" + 1
      FROM (
        SELECT "id" FROM "Job" WHERE "id" = ${id} AND "doneAt" IS NULL AND ("lockedUntil" IS NULL OR "lockedUntil" < ${NOW})
        FOR UPDATE SKIP LOCKED
      ) one
      WHERE j."id" = one."id"
      RETURNING ${COLUMNS}`,
    ),
  );
  return rows[0] ?? null;
}

/*
 * A job's `attempts` counts its claims, so the value a run was claimed with is that run's token:
 * the writes below, given it, change the row only while no later claim took the job over (a run
 * that outlived its lease must not clear the next run's lease, or mark its work done).
 */

/** Marks a claimed job done (kept a while, so its key still stops a second copy); false when another run holds it. */
export async function finishJob(id: string, error?: string, attempts?: number): Promise<boolean> {
  return (await finishJobs([{ id, note: error ?? null, attempts: attempts ?? null }])).has(id);
}

/**
 * Marks several claimed jobs done in one statement (the worker gathers the runs that end together);
 * answers the ids it marked (a job another run took over is left alone).
 */
export async function finishJobs(done: readonly { id: string; note: string | null; attempts: number | null }[]): Promise<Set<string>> {
  if (done.length === 0) return new Set();
  const rows = await jobQuery<{ id: string }>(
    named(
      "jobs_finish_many",
      sql`UPDATE "Job" j SET "doneAt" = ${NOW}, "lockedUntil" = NULL, "lastError" = d."note"
      FROM unnest(${done.map((d) => d.id)}::text[], ${done.map((d) => d.note)}::text[], ${done.map((d) => d.attempts)}::int[]) AS d("id", "note", "attempts")
      WHERE j."id" = d."id" AND (d."attempts" IS NULL OR j."attempts" = d."attempts") RETURNING j."id"`,
    ),
  );
  return new Set(rows.map((r) => r.id));
}

/** Lets a claimed job go until `runAt` (a retry, or a time that moved), with what it has done so far; false when another run holds it. */
export async function rescheduleJob(id: string, runAt: Date, data?: Record<string, unknown>, error?: string, attempts?: number): Promise<boolean> {
  const rows = await jobQuery<{ id: string }>(
    named(
      "jobs_reschedule",
      sql`UPDATE "Job" SET "runAt" = (${runAt.toISOString()}::timestamptz AT TIME ZONE 'UTC'), "lockedUntil" = NULL,
        "data" = COALESCE(${data ? JSON.stringify(data) : null}::jsonb, "data"), "lastError" = ${error ?? null}
      WHERE "id" = ${id} AND "doneAt" IS NULL AND (${attempts ?? null}::int IS NULL OR "attempts" = ${attempts ?? null}::int) RETURNING "id"`,
    ),
  );
  return rows.length > 0;
}

/** Extends the lease of a run still under way (claimed with `attempts`); false when it was taken over or is done. */
export async function renewLease(id: string, attempts: number, leaseSeconds: number): Promise<boolean> {
  const rows = await jobQuery<{ id: string }>(
    named(
      "jobs_renew",
      sql`UPDATE "Job" SET "lockedUntil" = ${NOW} + make_interval(secs => ${leaseSeconds}::int)
      WHERE "id" = ${id} AND "attempts" = ${attempts}::int AND "doneAt" IS NULL RETURNING "id"`,
    ),
  );
  return rows.length > 0;
}

/** Removes done jobs older than `days` (their keys can no longer come round again). */
export async function pruneDoneJobs(days: number): Promise<number> {
  const rows = await jobQuery<{ id: string }>(sql`DELETE FROM "Job" WHERE "doneAt" < ${NOW} - make_interval(days => ${days}::int) RETURNING "id"`);
  return rows.length;
}
