import "dotenv/config";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import next from "next";
import { ensureAuthSecret } from "./lib/auth-secret";
import { brotliStatic } from "./lib/brotli-static";
import { stampClientIp, trustedProxyList } from "./lib/client-ip";
import { env, EnvError, allowedOrigins, appUrl, defaultProcessEnv } from "./lib/env";
import { GENERATED_KEY_NOTE, JOURNAL_KEY_FILE, JournalKeyError, prepareJournalKey, type PreparedJournalKey } from "./lib/journal/server-key";
import { log } from "./lib/log";
import { createDrain } from "./lib/system/drain";
import { GENERATED_VAPID_NOTE, prepareVapidKeys } from "./lib/push/vapid";

/**
 * One process, one port: Next.js (pages, server actions, route handlers) and Socket.IO.
 * Boot order: env → database reachable → migrations → journal key fits → listen → Next → sockets.
 */
async function main() {
  let config;
  let journalKey: PreparedJournalKey;
  let vapid: ReturnType<typeof prepareVapidKeys>;
  try {
    // Before anything else reads env(): a generated secret must be in process.env for Next's copy too.
    ensureAuthSecret();
    journalKey = prepareJournalKey();
    vapid = prepareVapidKeys();
    config = env();
  } catch (err) {
    if (err instanceof EnvError) fail(err.message);
    throw err;
  }
  const dev = config.NODE_ENV !== "production";
  // next-auth 4 builds absolute URLs from NEXTAUTH_URL; without it, it assumes port 3000.
  defaultProcessEnv("NEXTAUTH_URL", appUrl(config));
  const trustedProxies = trustedProxyList(config.TRUSTED_PROXIES);

  // Production: the build's Brotli copies of static JS/CSS for browsers that accept br (Next gzips the rest).
  const brotli = dev ? null : brotliStatic();
  const httpServer = createServer();
  let ready = false;
  const next_ = { handle: undefined as ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined };
  // Once attached, Socket.IO answers /socket.io/ itself and hands every other request to this listener.
  const drain = createDrain(httpServer);
  httpServer.on("request", (req, res) => {
    // A load balancer's probe stops sending new people here the moment a drain starts (docs/scaling.md).
    if (drain.answerProbe(req, res)) return;
    if (!ready || !next_.handle) {
      res.writeHead(503, { "Retry-After": "2", "Content-Type": "text/plain" }).end("Steady is starting, try again in a moment.");
      return;
    }
    // Pages, actions and next-auth read the caller's address from this header (lib/client-ip.ts).
    stampClientIp(req, trustedProxies, log.warn);
    if (brotli?.handle(req, res)) return;
    void next_.handle(req, res);
  });
  await listen(httpServer, config.PORT, config.HOST);
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;

  // Listening first makes a taken port fail fast; until Next is ready, requests get a 503.
  const { checkDatabase, describeDatabase, disconnectDb } = await import("./lib/db");
  const { migrateAtBoot } = await import("./lib/db/migrations");
  try {
    await checkDatabase();
  } catch (err) {
    fail(`Cannot reach the database (${describeDatabase()}): ${reasonOf(err)}. Is PostgreSQL running, and is DATABASE_URL right?`);
  }
  log.info(`database: ${describeDatabase()}`);
  try {
    log.info(`migrations: ${await migrateAtBoot()}`);
  } catch (err) {
    fail((err as Error).message);
  }
  // A server key that cannot open the journals already stored stops the start here, before anything is written.
  try {
    const { checkJournalKey } = await import("./lib/journal/keys");
    log.info(`journal: ${await checkJournalKey()}`);
  } catch (err) {
    if (err instanceof JournalKeyError) fail(journalKey.source === "generated" ? `${err.message} (JOURNAL_KEY is not set and ${JOURNAL_KEY_FILE} was missing, so a new key was tried.)` : err.message);
    throw err;
  }
  if (journalKey.source === "generated") {
    journalKey.persist();
    log.warn(GENERATED_KEY_NOTE);
  }

  const app = next({ dev, hostname: config.HOST, port, httpServer });
  await app.prepare();
  next_.handle = app.getRequestHandler();

  const { createRealtime } = await import("./lib/realtime/server");
  const { operations } = await import("./lib/operations/registry");
  const { resolveMember } = await import("./lib/auth/member");
  const { sessionIdOfSocket, onSocketConnected } = await import("./lib/auth/socket");
  const realtime = await createRealtime(httpServer, {
    sessionIdOf: sessionIdOfSocket,
    resolve: resolveMember,
    onConnected: onSocketConnected,
    allowedOrigins: allowedOrigins(config),
    operations,
    redisUrl: config.REDIS_URL,
  });
  // Timed notifications and reminders (lib/jobs): every node runs a worker; each due job runs on one.
  const { startJobWorker } = await import("./lib/push/worker");
  const jobs = await startJobWorker(config.JOBS_POLL_MS);
  if (vapid === "generated") log.warn(GENERATED_VAPID_NOTE);
  ready = true;
  log.info(`Steady is ready on http://localhost:${port} (${dev ? "development" : "production"})`);

  // SIGTERM (a deploy) or Ctrl-C: drain, then exit 0 (lib/system/drain.ts).
  const shutdown = (signal: string) =>
    drain.run(signal, {
      closeSockets: (timeoutMs) => realtime.close(timeoutMs),
      release: async () => {
        await jobs?.stop();
        await disconnectDb();
        const { closeRedis } = await import("./lib/redis");
        await closeRedis();
        const { stopPasswordChecker } = await import("./lib/auth/password-strength");
        await stopPasswordChecker();
      },
    });
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve) => {
    server.once("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EADDRINUSE") fail(`Port ${port} is already in use. Stop the other process or start with PORT=<another port>.`);
      if (err.code === "EACCES") fail(`Not allowed to listen on port ${port}. Use a port above 1024, e.g. PORT=3000.`);
      fail(`Cannot listen on ${host}:${port}: ${err.message}`);
    });
    server.listen(port, host, () => resolve());
  });
}

/** The underlying reason, without repeating the "cannot reach <where>" the caller already says. */
function reasonOf(err: unknown): string {
  const message = (err as Error).message ?? String(err);
  return /^cannot reach /i.test(message) ? message.slice(message.lastIndexOf(": ") + 2) : message;
}

function fail(message: string): never {
  console.error(`[steady] ${message}`);
  process.exit(1);
}

main().catch((err) => {
  console.error("[steady] failed to start:", err);
  process.exit(1);
});
