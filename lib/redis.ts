import { createClient } from "redis";
import { env } from "./env";
import { log } from "./log";

function connect(url: string) {
  return createClient({ url, socket: { connectTimeout: 5000 } });
}
type Client = ReturnType<typeof connect>;
const KEY = Symbol.for("steady.redis");
type Holder = { [KEY]?: Client };

/** One shared Redis connection per process (rate limits), or undefined when REDIS_URL is not set. */
export function getRedis(): Client | undefined {
  const url = env().REDIS_URL;
  if (!url) return undefined;
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const client = connect(url);
    client.on("error", (err: Error) => log.error(`redis: ${err.message}`));
    void client.connect();
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
