import { afterAll, beforeAll } from "vitest";
import { reloadEnv } from "@/lib/env";
import { JobWorker, setJobWorker } from "@/lib/jobs/worker";
import { executeOperation } from "@/lib/operations/execute";
import { subscribePushOp } from "@/lib/push/operations";
import { generateVapidKeys } from "@/lib/push/vapid";
import { jobHandlers } from "@/lib/push/worker";
import type { TestUser } from "@/tests/factories";
import { browserKeys, startLocalPushService, type BrowserKeys, type LocalPushService } from "./local-push-service";

export const vapid = generateVapidKeys();

/**
 * A local push service, VAPID keys, and this process's job worker (as server.ts starts one),
 * for a test file. `ctx.service` is set before the tests run.
 */
export function pushWorld(options: { worker?: boolean } = {}) {
  const ctx = {} as { service: LocalPushService; worker: JobWorker | null };
  beforeAll(async () => {
    ctx.service = await startLocalPushService();
    process.env.VAPID_PUBLIC_KEY = vapid.publicKey;
    process.env.VAPID_PRIVATE_KEY = vapid.privateKey;
    process.env.PUSH_EXTRA_ORIGINS = ctx.service.origin;
    reloadEnv();
    ctx.worker = options.worker === false ? null : new JobWorker({ handlers: jobHandlers(), pollMs: 100 }).start();
    setJobWorker(ctx.worker ?? undefined);
  });
  afterAll(async () => {
    setJobWorker(undefined);
    await ctx.worker?.stop();
    await ctx.service.close();
  });
  return ctx;
}

/** Subscribes this user's session as a browser would (push.subscribe), to `path` on the local service. */
export async function subscribe(service: LocalPushService, user: TestUser, path = `/${user.id}`): Promise<BrowserKeys & { path: string }> {
  const keys = browserKeys();
  const result = await executeOperation(subscribePushOp, { endpoint: `${service.origin}${path}`, keys: keys.json }, user.request);
  if (!result.ok) throw new Error(`subscribe failed: ${result.error}`);
  return { ...keys, path };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
