// One realtime node in its own process, for the two-node and kill -9 tests: the real socket
// stack (auth, operations, hooks, Redis adapter) without Next. Prints "ready <port>" when listening.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { resolveMember } from "../../../lib/auth/member";
import { onSocketConnected, sessionIdOfSocket } from "../../../lib/auth/socket";
import { operations } from "../../../lib/operations/registry";
import { createRealtime } from "../../../lib/realtime/server";

const http = createServer();
await new Promise<void>((resolve) => http.listen(Number(process.env.PORT ?? 0), "127.0.0.1", resolve));
await createRealtime(http, {
  sessionIdOf: sessionIdOfSocket,
  resolve: resolveMember,
  onConnected: onSocketConnected,
  allowedOrigins: ["http://localhost:3000"],
  operations,
  redisUrl: process.env.REDIS_URL || undefined,
});
console.log(`ready ${(http.address() as AddressInfo).port}`);
