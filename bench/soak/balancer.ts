import net from "node:net";

/**
 * A TCP load balancer for the soak and the drain tests, doing what docs/scaling.md asks of a real
 * one (HAProxy, nginx): round-robin over the nodes, take a node out when two probes in a row
 * (GET /api/health, every 250 ms, 2 s to answer) say "draining" or "starting" or get no answer,
 * back in after two good ones, and when a node refuses the connection, try the next one at once.
 * Only 127.0.0.1.
 */
export interface Balancer {
  port: number;
  url: string;
  /** Cuts `fraction` of the open client connections, as a phone's network dropping would. */
  drop: (fraction: number) => number;
  /** Resolves once `backend` is in the rotation again (two good probes in a row), as a rolling restart waits for. */
  serving: (backend: number, timeoutMs?: number) => Promise<void>;
  /** What it did that a phone would notice: connections it hung up because no node took them, and why nodes were taken out. */
  stats: { hung_up: number; out_by_reason: Record<string, number> };
  close: () => Promise<void>;
}

export async function startBalancer(port: number, backends: () => number[]): Promise<Balancer> {
  const draining = new Set<number>();
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  let turn = 0;
  const stats = { hung_up: 0, out_by_reason: {} as Record<string, number> };
  // HAProxy's `fall 2 rise 2` (docs/scaling.md): one slow or failed probe does not take a node out
  // (under load a busy node's answer can take a second; with the other node draining, that left
  // no node at all and phones were hung up), and a node comes back after two good answers.
  const streak = new Map<number, { fails: number; oks: number; probing: boolean }>();
  const judge = (backend: number, failure: string | null) => {
    const s = streak.get(backend)!;
    s.probing = false;
    if (failure === null) {
      s.fails = 0;
      if (++s.oks >= 2) draining.delete(backend);
      return;
    }
    s.oks = 0;
    if (++s.fails < 2 || draining.has(backend)) return;
    stats.out_by_reason[failure] = (stats.out_by_reason[failure] ?? 0) + 1;
    draining.add(backend);
  };

  const probe = setInterval(() => {
    for (const backend of backends()) {
      if (!streak.has(backend)) streak.set(backend, { fails: 0, oks: 0, probing: false });
      const s = streak.get(backend)!;
      if (s.probing) continue;
      s.probing = true;
      fetch(`http://127.0.0.1:${backend}/api/health`, { signal: AbortSignal.timeout(2000) })
        .then(async (res) => judge(backend, /draining|starting/.exec(await res.text())?.[0] ?? null))
        .catch((err: Error) => judge(backend, err.name === "TimeoutError" ? "probe timed out" : "probe refused"));
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
      if (backend === undefined || client.destroyed) {
        if (!client.destroyed) stats.hung_up++;
        return client.destroy();
      }
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
    stats,
    serving: async (backend, timeoutMs = 30_000) => {
      const until = Date.now() + timeoutMs;
      while (draining.has(backend) || (streak.get(backend)?.oks ?? 0) < 2) {
        if (Date.now() > until) throw new Error(`node ${backend} not back in the rotation in ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
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
