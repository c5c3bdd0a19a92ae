import { DUE_BEFORE_MS } from "../checkins/due";
import { activeRhythms } from "../checkins/queries";
import { occurrenceAfter } from "../checkins/rhythm";
import { createLimiter } from "../concurrency";
import { db } from "../db";
import { enqueue, pruneDoneJobs, type JobRow } from "../jobs/queue";
import type { JobOutcome } from "../jobs/worker";
import { log } from "../log";
import { REVIEW_DUE_BEFORE_MS } from "../reviews/constants";

export const SWEEP_KIND = "reminders.sweep";
const SWEEP_EVERY_MS = 5 * 60_000;
/** Reminders are planned this far ahead; each sweep re-plans, and keys keep them single. */
const LOOK_AHEAD_MS = 60 * 60_000;
const KEEP_DONE_DAYS = 7;
const limited = createLimiter(4);

/**
 * One job for all nodes (its key makes it one): every few minutes it turns the check-in and review
 * rhythms due within the hour into reminder jobs, keyed by agreement and occurrence so each is
 * made once whoever sweeps and however often; then it sets itself for the next sweep.
 */
export async function runSweep(_job: JobRow, now = new Date()): Promise<JobOutcome> {
  try {
    await planReminders(now);
    await pruneDoneJobs(KEEP_DONE_DAYS);
  } catch (err) {
    log.warn(`reminders: sweep failed, trying again next time: ${(err as Error).message}`);
  }
  return { retryAt: new Date(now.getTime() + SWEEP_EVERY_MS) };
}

/** Makes the sweep job if no node has yet (at every start: the key makes it once). */
export function ensureSweep(): Promise<void> {
  return enqueue(db, { kind: SWEEP_KIND, key: SWEEP_KIND, runAt: new Date() });
}

export async function planReminders(now: Date): Promise<void> {
  const couples = await db.agreement.findMany({
    where: { kind: "CHECK_IN", status: "ACTIVE", couple: { endedAt: null } },
    select: { coupleId: true },
    distinct: ["coupleId"],
  });
  await Promise.all(
    couples.map(({ coupleId }) =>
      limited(async () => {
        for (const r of await activeRhythms(coupleId)) {
          const review = r.purpose === "REVIEW";
          const lead = review ? REVIEW_DUE_BEFORE_MS : DUE_BEFORE_MS;
          const next = occurrenceAfter(r.rhythm, new Date(now.getTime() - lead));
          const remindAt = next.at.getTime() - lead;
          if (remindAt > now.getTime() + LOOK_AHEAD_MS) continue;
          const kind = review ? "review.due" : "checkin.due";
          await enqueue(db, {
            kind,
            coupleId,
            key: `${kind}:${r.id}:${next.key}`,
            runAt: new Date(Math.max(remindAt, now.getTime())),
            data: { agreementId: r.id, occurrenceKey: next.key, at: next.at.toISOString() },
          });
        }
      }),
    ),
  );
}
