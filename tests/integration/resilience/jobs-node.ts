// One node's job worker in its own process (lib/jobs as server.ts runs it), for jobs.test.ts: it
// can be killed with SIGKILL mid-job. Its one kind of job POSTs to SINK_URL, which stands for a push
// service and counts what reached it. Prints "ready 0" once the worker runs.
// Env: DATABASE_URL, SINK_URL, JOBS_LEASE_SECONDS, JOBS_POLL_MS.
import { disconnectDb } from "../../../lib/db";
import { JobWorker, type JobHandler } from "../../../lib/jobs/worker";

const SINK_KIND = "test.sink";

const sink = process.env.SINK_URL!;
const deliver: JobHandler = async (job) => {
  const res = await fetch(sink, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jobId: job.id, attempts: job.attempts, pid: process.pid }),
  });
  await res.text();
  // Like a push service's 5xx: the worker tries again later.
  if (!res.ok) throw new Error(`sink answered ${res.status}`);
  return { done: true };
};

const worker = new JobWorker({
  handlers: { [SINK_KIND]: deliver },
  pollMs: Number(process.env.JOBS_POLL_MS ?? 200),
  leaseSeconds: Number(process.env.JOBS_LEASE_SECONDS ?? 60),
  batch: 8,
  concurrency: 4,
}).start();

// The worker's timer does not hold the process (server.ts's listening socket does): this stands in.
const alive = setInterval(() => undefined, 60_000);

// server.ts's order on SIGTERM: stop the worker (it waits for the jobs under way), then the pool.
process.on("SIGTERM", () => {
  void worker
    .stop()
    .then(() => disconnectDb())
    .then(() => {
      clearInterval(alive);
      process.exit(0);
    });
});
console.log("ready 0");
