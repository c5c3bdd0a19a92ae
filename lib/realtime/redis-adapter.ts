import { createShardedAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import { log } from "../log";
import { reconnectDelay, watchRedis } from "../redis";
import type { RealtimeServer } from "./types";

/**
 * Fans events out across server nodes with Redis 7 sharded pub/sub. State lives in Postgres,
 * so any node can serve any couple; Redis only carries the broadcasts.
 *
 * While Redis is away each node keeps serving its own sockets: the publisher has no offline
 * queue, so a broadcast fails to publish at once and still reaches this node's sockets (the
 * adapter delivers locally after the publish settles; with a queue it would wait for Redis).
 * What other nodes missed meanwhile is not replayed: when a connection comes back, and when this
 * node joins at start, `onBack` runs (every node resends the current state to its sockets, see
 * createRealtime).
 */
export async function attachRedisAdapter(io: RealtimeServer, url: string, onBack: () => void): Promise<() => Promise<void>> {
  const socket = { connectTimeout: 5000, reconnectStrategy: reconnectDelay };
  const pub = createClient({ url, disableOfflineQueue: true, socket });
  // The subscriber keeps its queue: its subscriptions are sent (again) as soon as it connects.
  const sub = createClient({ url, socket });
  const note = { meanwhile: "socket events reach this node's sockets only", resumes: "socket events fan out across nodes again" };
  watchRedis(pub, note, onBack);
  watchRedis(sub, { meanwhile: "this node hears no other node", resumes: "this node hears the others again" }, onBack);
  // The adapter subscribes without handling a failure: a subscription in flight when Redis dies
  // rejected where nobody listens (the process exited, in the soak) and was never renewed. Here it
  // is retried (queued until Redis is back) for as long as the client is open.
  const sSubscribe = sub.sSubscribe.bind(sub) as (...args: unknown[]) => Promise<unknown>;
  const retried = (...args: unknown[]): Promise<unknown> =>
    sSubscribe(...args).catch(async (err: unknown) => {
      if (!sub.isOpen) return undefined;
      log.debug(`redis: subscription failed (${(err as Error).message}); trying again`);
      await new Promise((resolve) => setTimeout(resolve, 500));
      return retried(...args);
    });
  (sub as unknown as { sSubscribe: typeof retried }).sSubscribe = retried;
  const connected = Promise.all([pub.connect(), sub.connect()]);
  // A node that starts may be replacing one killed between a commit and its broadcast (kill -9,
  // a crash): what that node never sent, the other nodes' phones never heard. Joining the fan-out
  // therefore counts as "back": every node resends the current state to its sockets.
  connected.then(onBack, () => undefined);
  // A node that boots while Redis is away serves its own sockets and joins the fan-out later.
  const gaveUp = await Promise.race([connected.then(() => false), new Promise<boolean>((resolve) => setTimeout(resolve, 5000, true).unref())]);
  // Static: the node subscribes to its two channels once, at start, instead of once per room as
  // phones connect (the default): fewer subscriptions to lose when Redis dies mid-way. With a few
  // nodes, one channel costs nothing.
  io.adapter(createShardedAdapter(pub, sub, { subscriptionMode: "static" }));
  log.info(gaveUp ? `socket events will fan out through Redis at ${new URL(url).host} once it answers` : `socket events fan out through Redis at ${new URL(url).host}`);
  return async () => {
    // A client still retrying has nothing to flush: stop it outright. (Either may throw at once
    // when the client is already closed: async turns that into a settled rejection.)
    await Promise.allSettled([pub, sub].map(async (c) => (c.isReady ? await c.quit() : c.destroy())));
  };
}
