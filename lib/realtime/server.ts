import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { isCoupleMember, type Member } from "../auth/member";
import { createLimiter } from "../concurrency";
import { asUnavailable, DatabaseUnavailable, noteUnavailable } from "../db/unavailable";
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
  /**
   * A deploy's drain: waits (at most `timeoutMs`) for the socket requests being served to be
   * answered, then closes every connection without a goodbye, so clients reconnect by themselves,
   * through the load balancer, to another node; then closes Socket.IO and the Redis adapter.
   */
  close: (timeoutMs?: number) => Promise<void>;
  /** Resends the current state to this node's sockets and asks them to re-read (after a Redis outage). */
  resync: () => Promise<void>;
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
  // Redis came back (on this node or another): what other nodes broadcast meanwhile was lost, so
  // every node resends the truth to its own sockets. Debounced: pub and sub come back together.
  let resyncTimer: NodeJS.Timeout | undefined;
  let tellOthers = false;
  const scheduleResync = (tell: boolean) => {
    tellOthers ||= tell;
    clearTimeout(resyncTimer);
    resyncTimer = setTimeout(() => {
      if (tellOthers) io.serverSideEmit("resync");
      tellOthers = false;
      void resync();
    }, 100);
  };
  const closeAdapter = deps.redisUrl ? await attachRedisAdapter(io, deps.redisUrl, () => scheduleResync(true)) : async () => {};
  io.on("resync", () => scheduleResync(false));
  // After a restart of Redis every socket of the node asks for state at once: a few at a time.
  const resyncLimited = createLimiter(16);
  async function resync() {
    const sockets = [...io.of("/").sockets.values()];
    log.info(`resync: resending state to ${sockets.length} sockets`);
    await Promise.all(
      sockets.map((socket) =>
        resyncLimited(async () => {
          if (deps.onConnected) await deps.onConnected(socket).catch((err: unknown) => logFailure("resync", err));
          socket.emit("system:resync", { serverNow: Date.now() });
        }),
      ),
    );
  }

  io.use(async (socket, next) => {
    try {
      const sessionId = await deps.sessionIdOf(socket.request);
      const member = sessionId ? await deps.resolve(sessionId) : null;
      if (!sessionId || !member) return next(new Error("unauthorized"));
      const { "user-agent": userAgent = "", "accept-language": acceptLanguage } = socket.handshake.headers;
      socket.data = { sessionId, member, ip: socket.handshake.address, userAgent, acceptLanguage };
      next();
    } catch (err) {
      // The client retries "unavailable" by itself (lib/realtime/client/reconnect.ts).
      logFailure("socket handshake", err);
      next(new Error("unavailable"));
    }
  });

  const byEvent = socketOperations(deps.operations);
  const limiter = new SocketRateLimiter();
  // Requests being served, so a drain can let them answer before it closes the connections.
  let inFlight = 0;
  let idle: (() => void) | undefined;

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
      inFlight++;
      void serve(socket, event, op, args.length > 1 ? args[0] : undefined)
        .then((result) => ack(result))
        .finally(() => {
          if (--inFlight === 0) idle?.();
        });
    });
    socket.on("disconnect", () => limiter.forget(socket.id));
    socket.emit("system:ready", { serverNow: Date.now(), userId: member?.user.id ?? null, coupleId: isCoupleMember(member) ? member.couple.id : null });
    if (deps.onConnected) deps.onConnected(socket).catch((err: unknown) => logFailure("socket onConnected", err));
  });

  setIO(io);
  return {
    io,
    resync,
    close: async (timeoutMs = 5000) => {
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, timeoutMs);
          idle = () => (clearTimeout(timer), resolve());
        });
      }
      clearTimeout(resyncTimer);
      setIO(undefined);
      // Not disconnectSockets(): a client told "io server disconnect" does not reconnect. Closing
      // the connection (after its last acks are flushed) makes it reconnect, to another node.
      for (const socket of io.of("/").sockets.values()) socket.conn.close();
      // Give the last acks a moment to leave: engine.close() discards what is still buffered.
      for (let waited = 0; io.engine.clientsCount > 0 && waited < 1000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      // io.close() would also close the shared HTTP server; server.ts closes that itself.
      io.engine.close();
      await closeAdapter();
    },
  };
}

/** The database being away is one warning line now and then; anything else is an error with its stack. */
function logFailure(what: string, thrown: unknown) {
  const err = asUnavailable(thrown);
  if (err instanceof DatabaseUnavailable) noteUnavailable(err, what, log.warn);
  else log.error(`${what} failed`, err);
}

/** Only an active couple's members are in its room: an ended couple hears nothing more. */
function coupleRoomOf(member: Member | null): string | null {
  return isCoupleMember(member) ? rooms.couple(member.couple.id) : null;
}

function roomsFor(sessionId: string, member: Member | null): string[] {
  const room = coupleRoomOf(member);
  return [rooms.session(sessionId), ...(member ? [rooms.user(member.user.id)] : []), ...(room ? [room] : [])];
}
