import net from "node:net";

/**
 * A TCP load balancer for the soak and the drain tests, doing what docs/scaling.md asks of a real
 * one (HAProxy, nginx): round-robin over the nodes, skip a node whose probe (GET /api/health) says
 * "draining" or "starting" or does not answer, and when a node refuses the connection, try the next one at once.
 * Only 127.0.0.1.
 */
export interface Balancer {
  port: number;
  url: string;
  /** Cuts `fraction` of the open client connections, as a phone's network dropping would. */
  drop: (fraction: number) => number;
  close: () => Promise<void>;
}

export async function startBalancer(port: number, backends: () => number[]): Promise<Balancer> {
  const draining = new Set<number>();
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  let turn = 0;

  const probe = setInterval(() => {
    for (const backend of backends()) {
      fetch(`http://127.0.0.1:${backend}/api/health`, { signal: AbortSignal.timeout(1000) })
        .then(async (res) => (/draining|starting/.test(await res.text()) ? draining.add(backend) : draining.delete(backend)))
        .catch(() => draining.add(backend));
    }
  }, 250);

  const server = net.createServer((client) => {
    client.pause();
    client.on("error", () => undefined);
    const all = backends();
    const live = all.filter((b) => !draining.has(b));
    const order = (live.length ? live : all).map((_, i, list) => list[(turn + i) % list.length]!);
    turn++;
    const attempt = (i: number) => {
      const backend = order[i];
      if (backend === undefined || client.destroyed) return client.destroy();
      const upstream = net.connect(backend, "127.0.0.1");
      let connected = false;
      upstream.once("connect", () => {
        connected = true;
        const pair = { client, upstream };
        pairs.add(pair);
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
        const end = () => {
          pairs.delete(pair);
          client.destroy();
          upstream.destroy();
        };
        client.once("close", end);
        upstream.once("close", end);
      });
      upstream.on("error", () => {
        if (!connected) attempt(i + 1);
      });
    };
    attempt(0);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    drop: (fraction) => {
      let dropped = 0;
      for (const pair of pairs) {
        if (Math.random() >= fraction) continue;
        pair.client.destroy();
        pair.upstream.destroy();
        dropped++;
      }
      return dropped;
    },
    close: async () => {
      clearInterval(probe);
      for (const pair of pairs) {
        pair.client.destroy();
        pair.upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
