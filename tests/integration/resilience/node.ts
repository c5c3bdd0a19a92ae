// One server node in its own process for the resilience tests and the soak: the real socket stack,
// the JSON API handler, the health check, the server action's executor and server.ts's drain —
// everything server.ts serves except Next's pages (which need a production build). Prints
// "ready <port>" when listening. Env: PORT, DATABASE_URL, REDIS_URL, AUTH_SECRET.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { apiRouteHandler } from "../../../lib/api/handler";
import { parseCookieHeader, sessionIdFromCookies } from "../../../lib/auth/cookie";
import { resolveMember } from "../../../lib/auth/member";
import { onSocketConnected, sessionIdOfSocket } from "../../../lib/auth/socket";
import { CLIENT_IP_HEADER } from "../../../lib/client-ip";
import { disconnectDb } from "../../../lib/db";
import { checkHealth } from "../../../lib/health";
import { executeOperation } from "../../../lib/operations/execute";
import { findOperation, operations } from "../../../lib/operations/registry";
import { createRealtime } from "../../../lib/realtime/server";
import { closeRedis } from "../../../lib/redis";
import { createDrain } from "../../../lib/system/drain";

async function body(req: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of req) text += String(chunk);
  return text;
}

const http = createServer();
const drain = createDrain(http);
http.on("request", (req, res) => {
  if (drain.answerProbe(req, res)) return;
  void (async () => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) =>
      res.writeHead(status, { "Content-Type": "application/json", ...headers }).end(JSON.stringify(data));
    if (url.pathname === "/api/health") {
      const health = await checkHealth();
      return send(health.db === "ok" ? 200 : 503, health);
    }
    if (url.pathname.startsWith("/api/v1/")) {
      const text = req.method === "GET" ? undefined : await body(req);
      const headers = new Headers(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : [])));
      headers.set(CLIENT_IP_HEADER, "127.0.0.1");
      const response = await apiRouteHandler(new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body: text }));
      res.writeHead(response.status, Object.fromEntries(response.headers)).end(await response.text());
      return;
    }
    // The server action's path (lib/operations/server-action.ts): the cookie's session, then the executor.
    if (url.pathname.startsWith("/op/") && req.method === "POST") {
      const op = findOperation(url.pathname.slice(4));
      if (!op) return send(404, { ok: false });
      const sessionId = await sessionIdFromCookies(parseCookieHeader(req.headers.cookie));
      const input = JSON.parse((await body(req)) || "{}") as unknown;
      return send(200, await executeOperation(op, input, { sessionId, ip: "127.0.0.1", userAgent: "resilience" }));
    }
    // A request that takes a while (a page being rendered), for the drain's "finish what is in flight".
    if (url.pathname === "/slow") {
      await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get("ms") ?? 1000)));
      return send(200, { done: true, pid: process.pid });
    }
    send(404, { ok: false });
  })().catch((err: unknown) => {
    console.error("node request failed", err);
    if (!res.headersSent) res.writeHead(500).end();
  });
});
// Socket.IO is attached before the port opens: a balancer must never send a phone to a node that
// accepts connections but cannot yet upgrade them (server.ts says "starting" on its probe instead).
const realtime = await createRealtime(http, {
  sessionIdOf: sessionIdOfSocket,
  resolve: resolveMember,
  onConnected: onSocketConnected,
  allowedOrigins: ["http://localhost:3000"],
  operations,
  redisUrl: process.env.REDIS_URL || undefined,
});
await new Promise<void>((resolve) => http.listen(Number(process.env.PORT ?? 0), "127.0.0.1", resolve));
const shutdown = (signal: string) =>
  drain.run(signal, {
    closeSockets: (timeoutMs) => realtime.close(timeoutMs),
    release: async () => {
      await disconnectDb();
      await closeRedis();
    },
  });
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
console.log(`ready ${(http.address() as AddressInfo).port}`);
