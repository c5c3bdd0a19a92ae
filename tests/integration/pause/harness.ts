import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { reloadEnv } from "@/lib/env";
import { io as connectClient, type Socket } from "socket.io-client";
import { resolveMember } from "@/lib/auth/member";
import { onSocketConnected, sessionIdOfSocket } from "@/lib/auth/socket";
import { operations } from "@/lib/operations/registry";
import type { ActionResult } from "@/lib/operations/result";
import type { PauseStatePayload } from "@/lib/pause/state";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";
import { createRealtime, type Realtime } from "@/lib/realtime/server";

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Tests mint real next-auth cookies; the server side reads the same secret. */
export function authSecret(): string {
  if (!process.env.AUTH_SECRET) {
    process.env.AUTH_SECRET = "pause-tests-secret-pause-tests-secret-0123";
    reloadEnv();
  }
  return process.env.AUTH_SECRET;
}

/** The session cookie a browser of this user would send. */
export async function sessionCookie(user: { id: string; sessionId: string }): Promise<string> {
  const token = await encode({ token: { sub: user.id, sid: user.sessionId }, secret: authSecret() });
  return `steady.session=${token}`;
}

export interface RealtimeHarness {
  url: string;
  realtime: Realtime;
  http: HttpServer;
  close: () => Promise<void>;
}

/** An HTTP server on port 0 with the real Socket.IO stack: real auth, the real operations, real hooks. */
export async function startRealtime(options: { redisUrl?: string; resolve?: typeof resolveMember } = {}): Promise<RealtimeHarness> {
  authSecret();
  const http = createServer();
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const realtime = await createRealtime(http, {
    sessionIdOf: sessionIdOfSocket,
    resolve: options.resolve ?? resolveMember,
    onConnected: onSocketConnected,
    allowedOrigins: ["http://localhost:3000"],
    operations,
    redisUrl: options.redisUrl,
  });
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    url,
    realtime,
    http,
    close: async () => {
      await realtime.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

/** A real socket.io-client, authenticated by cookie; resolves once connected (or rejects with the refusal). */
export async function connect(
  url: string,
  cookie?: string,
  options: { reconnection?: boolean; beforeConnect?: (socket: TestSocket) => void } = {},
): Promise<TestSocket> {
  const socket: TestSocket = connectClient(url, {
    transports: ["websocket"],
    forceNew: true,
    reconnection: options.reconnection ?? false,
    reconnectionDelay: 100,
    reconnectionDelayMax: 300,
    extraHeaders: cookie ? { cookie } : {},
  });
  options.beforeConnect?.(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", (err) => reject(err));
  });
  return socket;
}

/** Resolves with the next event of that name (or rejects after timeoutMs). */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
  timeoutMs = 3000,
  filter: (...args: Parameters<ServerToClientEvents[E]>) => boolean = () => true,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener as never);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (...args: Parameters<ServerToClientEvents[E]>) => {
      if (!filter(...args)) return;
      clearTimeout(timer);
      socket.off(event, listener as never);
      resolve(args[0]);
    };
    socket.on(event, listener as never);
  });
}

export type PauseAck = ActionResult<PauseStatePayload & { created?: boolean }>;

/** Emits a request and resolves with its ack. */
export function ask(socket: TestSocket, event: keyof ClientToServerEvents, payload: unknown, timeoutMs = 3000): Promise<PauseAck> {
  return (socket.timeout(timeoutMs) as unknown as { emitWithAck: (e: string, p: unknown) => Promise<unknown> }).emitWithAck(event, payload) as Promise<PauseAck>;
}

/** Gives a flood a moment to be answered before asserting "nothing arrived". */
export const settle = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));
