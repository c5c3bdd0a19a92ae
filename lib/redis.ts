import { createClient } from "redis";
import { env } from "./env";
import { log } from "./log";

/**
 * Reconnects quickly (50 ms doubling to half a second, plus jitter) so that when Redis comes back,
 * fan-out and shared limits resume within a second: node-redis's default waits up to 2.2 s.
 */
export function reconnectDelay(retries: number): number {
  return Math.min(50 * 2 ** retries, 500) + Math.floor(Math.random() * 100);
}

function connect(url: string) {
  // Without an offline queue a command fails at once while Redis is away, instead of waiting for
  // it: the rate limiter then counts in memory (its insurance limiter) rather than hanging a tap.
  return createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 5000, reconnectStrategy: reconnectDelay } });
}
type Client = ReturnType<typeof connect>;

interface Watchable {
  on(event: "error", listener: (err: Error) => void): unknown;
  on(event: "ready", listener: () => void): unknown;
}

/**
 * Logs a Redis connection's outage once when it starts and once when it ends (node-redis reports
 * every failed retry as an error), and calls `onBack` after an outage.
 */
export function watchRedis(client: Watchable, note: { meanwhile: string; resumes: string }, onBack?: () => void) {
  let down = false;
  client.on("error", (err: Error) => {
    if (down) return;
    down = true;
    log.warn(`redis unreachable (${err.message || "connection lost"}): ${note.meanwhile} until it is back`);
  });
  client.on("ready", () => {
    if (!down) return;
    down = false;
    log.info(`redis is back: ${note.resumes}`);
    onBack?.();
  });
}

const KEY = Symbol.for("steady.redis");
type Holder = { [KEY]?: Client };

/** One shared Redis connection per process (rate limits), or undefined when REDIS_URL is not set. */
export function getRedis(): Client | undefined {
  const url = env().REDIS_URL;
  if (!url) return undefined;
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const client = connect(url);
    watchRedis(client, { meanwhile: "rate limits count per node", resumes: "rate limits are shared again" });
    client.connect().catch(() => undefined); // keeps retrying by itself; errors are reported above
    holder[KEY] = client;
  }
  return holder[KEY];
}

export async function closeRedis() {
  const holder = globalThis as Holder;
  const client = holder[KEY];
  holder[KEY] = undefined;
  if (client?.isOpen) await client.quit().catch(() => undefined);
}
