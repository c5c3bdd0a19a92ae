import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "./env";
import { AppError } from "./errors";
import { getRedis } from "./redis";

/**
 * Named limits. With REDIS_URL every node shares the counters; without it (one node) they live in memory.
 * A limit marked `perNode` always counts in memory: it is a brake on floods on the hot path, where a
 * Redis round trip per pause verb would cost more than a node-local count is worth (measured:
 * two-node p99 doubled with it, docs/performance.md).
 * RATE_LIMIT_SCALE multiplies the allowances, for load tests and end-to-end runs from one IP.
 */
const LIMITS = {
  signInAccount: { points: 8, duration: 15 * 60 },
  signInIp: { points: 40, duration: 15 * 60 },
  signUpIp: { points: 10, duration: 60 * 60 },
  inviteCreate: { points: 12, duration: 60 * 60 },
  inviteRedeem: { points: 10, duration: 15 * 60 },
  sensitive: { points: 10, duration: 15 * 60 },
  pauseStart: { points: 6, duration: 60 },
  // The pause's other live verbs and the clock ping: generous, a brake on scripts, not on people.
  live: { points: 300, duration: 60, perNode: true },
  write: { points: 120, duration: 60 },
  // Making or revoking a calendar link: a person does it now and then.
  calendarLink: { points: 20, duration: 60 * 60 },
  // Calendar apps fetch a feed about hourly; many users behind one fetcher's address share this.
  calendarFetch: { points: 600, duration: 60 },
  // Opening a counsellor link (per address): a reader reloads now and then; a guesser gets nowhere.
  sharedView: { points: 60, duration: 60 },
  // The journal saves a draft as people type (about one save a second at most).
  journal: { points: 240, duration: 60 },
  // Requests to the JSON API from one address, counted before the token is looked up: a brake on guessing and floods.
  apiIp: { points: 120, duration: 60 },
} satisfies Record<string, { points: number; duration: number; perNode?: true }>;

export type LimitName = keyof typeof LIMITS;

const KEY = Symbol.for("steady.rate-limiters");
type Holder = { [KEY]?: Map<LimitName, RateLimiterAbstract> };

function limiter(name: LimitName): RateLimiterAbstract {
  const holder = globalThis as Holder;
  const map = (holder[KEY] ??= new Map());
  let found = map.get(name);
  if (!found) {
    const scale = env().RATE_LIMIT_SCALE;
    const limit: { points: number; duration: number; perNode?: true } = LIMITS[name];
    const options = { keyPrefix: `steady:rl:${name}`, points: limit.points * scale, duration: limit.duration };
    const redis = limit.perNode ? undefined : getRedis();
    found = redis
      ? // While Redis is away each node counts in memory (the insurance limiter): the limits hold per
        // node instead of across nodes, and no tap waits for Redis (lib/redis.ts logs the outage once).
        new RateLimiterRedis({ ...options, storeClient: redis, useRedisPackage: true, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) })
      : new RateLimiterMemory(options);
    map.set(name, found);
  }
  return found;
}

export function waitMessage(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** Counts one attempt; throws a rate_limited AppError saying how long to wait when over the limit. */
export async function consume(name: LimitName, key: string, what = "tries"): Promise<void> {
  try {
    await limiter(name).consume(key);
  } catch (res) {
    if (!(res instanceof RateLimiterRes)) throw res;
    const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    // "what" names the limit in English; other languages say it in general words (messages/*.json errors.rateLimited).
    const wait = seconds < 60 ? { unit: "seconds", count: seconds } : { unit: "minutes", count: Math.ceil(seconds / 60) };
    throw new AppError("rate_limited", "errors.rateLimited", undefined, seconds, { what, ...wait });
  }
}

/** Clears a counter, e.g. the per-account sign-in counter after a successful sign-in. */
export async function resetLimit(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(key).catch(() => undefined);
}
