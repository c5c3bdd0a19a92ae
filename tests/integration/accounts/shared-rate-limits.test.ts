import { afterAll, describe, expect, it } from "vitest";
import { reloadEnv } from "@/lib/env";
import { closeRedis, getRedis } from "@/lib/redis";

const redisUrl = process.env.TEST_REDIS_URL;
const LIMITERS = Symbol.for("steady.rate-limiters");

describe.skipIf(!redisUrl)("rate limits across nodes (Redis)", () => {
  afterAll(async () => {
    delete process.env.REDIS_URL;
    reloadEnv();
    delete (globalThis as Record<symbol, unknown>)[LIMITERS];
    await closeRedis();
  });

  it("a second node sees the attempts counted on the first", async () => {
    process.env.REDIS_URL = redisUrl;
    reloadEnv();
    const { consume } = await import("@/lib/rate-limit");
    const key = `shared-${Math.random()}`;
    // Until this process's Redis connection is ready, limits count in memory (a tap never waits for
    // Redis: lib/rate-limit.ts); the shared count starts once it is.
    const redis = getRedis()!;
    await expect.poll(() => redis.isReady).toBe(true);
    for (let i = 0; i < 6; i++) await consume("pauseStart", key);
    // A fresh process has no limiters in memory: only Redis remembers.
    delete (globalThis as Record<symbol, unknown>)[LIMITERS];
    await expect(consume("pauseStart", key, "pauses")).rejects.toThrow(/Too many pauses for now/);
  });
});
