import { createShardedAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import { log } from "../log";
import type { RealtimeServer } from "./types";

/**
 * Fans events out across server nodes with Redis 7 sharded pub/sub. State lives in Postgres,
 * so any node can serve any couple; Redis only carries the broadcasts.
 */
export async function attachRedisAdapter(io: RealtimeServer, url: string): Promise<() => Promise<void>> {
  const pub = createClient({ url, socket: { connectTimeout: 5000 } });
  const sub = pub.duplicate();
  for (const client of [pub, sub]) client.on("error", (err: Error) => log.error(`redis: ${err.message}`));
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createShardedAdapter(pub, sub));
  log.info(`socket events fan out through Redis at ${new URL(url).host}`);
  return async () => {
    await Promise.allSettled([pub.quit(), sub.quit()]);
  };
}
