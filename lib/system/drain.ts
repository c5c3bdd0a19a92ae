import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { log } from "../log";

/** How long each step of a drain may take; the whole stays under `totalMs`. */
export const DRAIN = { socketsMs: 5000, requestsMs: 8000, totalMs: 15_000 };

export interface DrainSteps {
  /** Lets the socket requests being served answer, then closes the sockets so clients reconnect elsewhere. */
  closeSockets: (timeoutMs: number) => Promise<void>;
  /** After the last request: the database pool, Redis, workers. */
  release: () => Promise<void>;
}

/**
 * A deploy's graceful drain of one node (docs/scaling.md), shared by server.ts and the tests' nodes:
 * 1. the health probe answers 503 "draining" and the port stops accepting connections, so the
 *    load balancer sends everyone else to the other nodes;
 * 2. socket requests in flight are answered, then every socket is closed without a goodbye, so
 *    its client reconnects by itself, through the load balancer, to another node;
 * 3. HTTP requests in flight finish (cut after `requestsMs`);
 * 4. the pool and Redis are closed and the process exits 0, within `totalMs` whatever happens.
 */
export function createDrain(httpServer: Server, exit: (code: number) => void = (code) => process.exit(code)) {
  let draining = false;
  return {
    get draining() {
      return draining;
    },
    /** During a drain, answers the load balancer's probe (GET /api/health) itself; true when it did. */
    answerProbe(req: IncomingMessage, res: ServerResponse): boolean {
      if (!draining || req.url !== "/api/health") return false;
      res.writeHead(503, { "Content-Type": "application/json", "Cache-Control": "no-store", Connection: "close" }).end(JSON.stringify({ status: "draining" }));
      return true;
    },
    async run(signal: string, steps: DrainSteps): Promise<void> {
      if (draining) return;
      draining = true;
      log.info(`${signal}: draining`);
      const started = Date.now();
      const deadline = setTimeout(() => {
        log.warn(`drain took longer than ${DRAIN.totalMs / 1000} s; exiting anyway`);
        exit(0);
      }, DRAIN.totalMs);
      deadline.unref();
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await steps.closeSockets(DRAIN.socketsMs);
      httpServer.closeIdleConnections();
      const cut = setTimeout(() => httpServer.closeAllConnections(), DRAIN.requestsMs);
      await closed;
      clearTimeout(cut);
      await steps.release().catch((err: unknown) => log.warn(`drain: closing resources failed: ${(err as Error).message}`));
      clearTimeout(deadline);
      log.info(`stopped (drained in ${Date.now() - started} ms)`);
      exit(0);
    },
  };
}
