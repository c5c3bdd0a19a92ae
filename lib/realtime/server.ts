import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { isCoupleMember, type Member } from "../auth/member";
import { pseudoLocaleEnabled } from "../env";
import { AppError } from "../errors";
import { resolveLocale } from "../i18n/negotiate";
import { log } from "../log";
import type { SocketOptions } from "../operations/define";
import { executeOperation } from "../operations/execute";
import { socketOperations } from "../operations/registry";
import { failure, type ActionResult } from "../operations/result";
import { rooms } from "./events";
import { setIO } from "./io";
import { attachRedisAdapter } from "./redis-adapter";
import { SocketRateLimiter } from "./rate-limit";
import type { RealtimeDeps, RealtimeServer, RealtimeSocket } from "./types";

export interface Realtime {
  io: RealtimeServer;
  close: () => Promise<void>;
}

const SLOW_DOWN = "errors.slowDown";

/**
 * Attaches Socket.IO to the HTTP server that also serves Next.
 * Handshake: Origin allow-list, then session → member; each socket joins its user, session and
 * couple rooms. Every request event is an operation from the registry, run by the same executor
 * (guard → parse → rate limit → run) as server actions and route handlers.
 */
export async function createRealtime(httpServer: HttpServer, deps: RealtimeDeps): Promise<Realtime> {
  const io: RealtimeServer = new Server(httpServer, {
    serveClient: false,
    // A pause must reach a phone on a flaky network: detect dead links in ~25 s, not minutes.
    pingInterval: 10_000,
    pingTimeout: 15_000,
    maxHttpBufferSize: 16_384,
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      if (origin && !deps.allowedOrigins.includes(origin)) {
        log.warn(`socket refused: origin ${origin} is not allowed`);
        return callback("origin not allowed", false);
      }
      callback(null, true);
    },
  });
  const closeAdapter = deps.redisUrl ? await attachRedisAdapter(io, deps.redisUrl) : async () => {};

  io.use(async (socket, next) => {
    try {
      const sessionId = await deps.sessionIdOf(socket.request);
      const member = sessionId ? await deps.resolve(sessionId) : null;
      if (!sessionId || !member) return next(new Error("unauthorized"));
      const { "user-agent": userAgent = "", "accept-language": acceptLanguage } = socket.handshake.headers;
      socket.data = { sessionId, member, ip: socket.handshake.address, userAgent, acceptLanguage };
      next();
    } catch (err) {
      log.error("socket handshake failed", err);
      next(new Error("unavailable"));
    }
  });

  const byEvent = socketOperations(deps.operations);
  const limiter = new SocketRateLimiter();

  /** Re-resolves the socket's member: moves it between couple rooms, or refuses and disconnects it. */
  async function refresh(socket: RealtimeSocket): Promise<Member | null> {
    const before = socket.data.member;
    const fresh = before ? await deps.resolve(socket.data.sessionId) : null;
    socket.data.member = fresh;
    if (!fresh) {
      setTimeout(() => socket.disconnect(true), 0);
      return null;
    }
    const was = coupleRoomOf(before);
    const now = coupleRoomOf(fresh);
    if (was !== now) {
      if (was) await socket.leave(was);
      if (now) await socket.join(now);
    }
    return fresh;
  }

  async function serve(socket: RealtimeSocket, event: string, op: { name: string; socket: SocketOptions }, payload: unknown): Promise<ActionResult<unknown>> {
    const retry = limiter.hit(socket.id, event, op.socket.perSecond);
    const { sessionId, member, ip, userAgent, acceptLanguage } = socket.data;
    if (retry > 0) return failure(new AppError("rate_limited", SLOW_DOWN, undefined, retry), resolveLocale(member?.user.locale, acceptLanguage, pseudoLocaleEnabled()));
    const request = { sessionId: member ? sessionId : null, ip, userAgent, acceptLanguage };
    return executeOperation(byEvent.get(event)!, payload, request, { known: member, resolve: () => refresh(socket) });
  }

  io.on("connection", (socket) => {
    const { member } = socket.data;
    void socket.join(roomsFor(socket.data.sessionId, member));
    // One dispatcher for every request event: the registry decides what exists, nothing is bound per event.
    socket.onAny((event: string, ...args: unknown[]) => {
      const op = byEvent.get(event);
      const ack = args.at(-1);
      if (!op || typeof ack !== "function") {
        log.debug(`ignored socket event ${JSON.stringify(event).slice(0, 80)}${op ? " without ack" : ""}`);
        return;
      }
      void serve(socket, event, op, args.length > 1 ? args[0] : undefined).then((result) => ack(result));
    });
    socket.on("disconnect", () => limiter.forget(socket.id));
    socket.emit("system:ready", { serverNow: Date.now(), userId: member?.user.id ?? null, coupleId: isCoupleMember(member) ? member.couple.id : null });
    if (deps.onConnected) deps.onConnected(socket).catch((err) => log.error("socket onConnected failed", err));
  });

  setIO(io);
  return {
    io,
    close: async () => {
      setIO(undefined);
      io.disconnectSockets(true);
      // io.close() would also close the shared HTTP server; server.ts closes that itself.
      io.engine.close();
      await closeAdapter();
    },
  };
}

/** Only an active couple's members are in its room: an ended couple hears nothing more. */
function coupleRoomOf(member: Member | null): string | null {
  return isCoupleMember(member) ? rooms.couple(member.couple.id) : null;
}

function roomsFor(sessionId: string, member: Member | null): string[] {
  const room = coupleRoomOf(member);
  return [rooms.session(sessionId), ...(member ? [rooms.user(member.user.id)] : []), ...(room ? [room] : [])];
}
