import { JobWorker, setJobWorker, type JobHandler } from "../jobs/worker";
import { PUSH_KINDS } from "./constants";
import { runPushJob } from "./notify";
import { ensureSweep, runSweep, SWEEP_KIND } from "./reminders";

/** Every kind of job there is, and what runs it. */
export function jobHandlers(): Record<string, JobHandler> {
  const handlers: Record<string, JobHandler> = { [SWEEP_KIND]: (job) => runSweep(job) };
  for (const kind of PUSH_KINDS) handlers[kind] = (job) => runPushJob(job);
  return handlers;
}

/** server.ts: this node's worker, shared with Next's copy of the modules (runJobSoon, kickJobs). */
export async function startJobWorker(pollMs: number): Promise<JobWorker | null> {
  if (pollMs <= 0) return null;
  await ensureSweep();
  const worker = new JobWorker({ handlers: jobHandlers(), pollMs }).start();
  setJobWorker(worker);
  return worker;
}
