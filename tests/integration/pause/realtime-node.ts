// One realtime node in its own process, for the two-node and kill -9 tests: the real socket
// stack (auth, handlers, hooks, Redis adapter) without Next. Prints "ready <port>" when listening.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { authenticateSocket, onSocketConnected, reauthorizeSocket } from "../../../lib/auth/socket";
import { socketHandlers } from "../../../lib/realtime/handlers/index";
import { createRealtime } from "../../../lib/realtime/server";

const http = createServer();
await new Promise<void>((resolve) => http.listen(Number(process.env.PORT ?? 0), "127.0.0.1", resolve));
await createRealtime(http, {
  authenticate: authenticateSocket,
  reauthorize: reauthorizeSocket,
  onConnected: onSocketConnected,
  allowedOrigins: ["http://localhost:3000"],
  handlers: socketHandlers,
  redisUrl: process.env.REDIS_URL || undefined,
});
console.log(`ready ${(http.address() as AddressInfo).port}`);
