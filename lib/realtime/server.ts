import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { AppError, toPublicMessage } from "../errors";
import { log } from "../log";
import { attachRedisAdapter } from "./redis-adapter";
import { rooms, type SocketIdentity } from "./events";
import { setIO } from "./io";
import { SocketRateLimiter } from "./rate-limit";
import type { Access, AnySocketHandler, RealtimeDeps, RealtimeServer, RealtimeSocket } from "./types";

export interface Realtime {
  io: RealtimeServer;
  close: () => Promise<void>;
}

/**
 * Attaches Socket.IO to the HTTP server that also serves Next.
 * Handshake: Origin allow-list, then session → identity; each socket joins its user, session and couple rooms.
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
      const identity = await deps.authenticate(socket.request);
      if (!identity) return next(new Error("unauthorized"));
      socket.data.identity = identity;
      next();
    } catch (err) {
      log.error("socket handshake failed", err);
      next(new Error("unavailable"));
    }
  });

  const limiter = new SocketRateLimiter();
  io.on("connection", (socket) => {
    const identity = socket.data.identity;
    if (identity) void socket.join(roomsFor(identity));
    for (const handler of deps.handlers) bindHandler(io, socket, handler, deps, limiter);
    socket.onAny((event: string) => {
      if (!deps.handlers.some((h) => h.event === event)) log.debug(`ignored unknown socket event ${JSON.stringify(event).slice(0, 80)}`);
    });
    socket.on("disconnect", () => limiter.forget(socket.id));
    socket.emit("system:ready", {
      serverNow: Date.now(),
      userId: identity?.userId ?? null,
      coupleId: identity?.coupleId ?? null,
    });
    if (deps.onConnected) {
      deps.onConnected(socket).catch((err) => log.error("socket onConnected failed", err));
    }
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

function roomsFor(identity: SocketIdentity): string[] {
  const list = [rooms.user(identity.userId), rooms.session(identity.sessionId)];
  if (identity.coupleId) list.push(rooms.couple(identity.coupleId));
  return list;
}

function bindHandler(io: RealtimeServer, socket: RealtimeSocket, handler: AnySocketHandler, deps: RealtimeDeps, limiter: SocketRateLimiter) {
  // Socket.IO's typed `on` cannot express a handler chosen at runtime; the payload is parsed below.
  (socket as unknown as { on: (e: string, fn: (...args: unknown[]) => void) => void }).on(handler.event, async (...args: unknown[]) => {
    const ack = args.at(-1);
    if (typeof ack !== "function") {
      log.debug(`socket event ${handler.event} without ack ignored`);
      return;
    }
    const reply = ack as (result: unknown) => void;
    try {
      const retry = limiter.hit(socket.id, handler.event, handler.perSecond ?? 10);
      if (retry > 0) throw new AppError("rate_limited", "That was a lot at once. Please wait a moment and try again.", undefined, retry);
      const recheck = () => resolveIdentity(socket, handler.access, deps);
      const known = socket.data.identity;
      // A couple handler whose statement re-checks the session itself starts from the identity the
      // socket already has; every other handler, and a socket without a couple, is checked now.
      const identity = handler.identityCheck === "in-statement" && handler.access === "couple" && known?.coupleId ? known : await recheck();
      const parsed = handler.schema.safeParse(args.length > 1 ? args[0] : undefined);
      if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]?.message ?? "That request was not understood.");
      const data = await handler.handle(parsed.data, { io, socket, identity, recheck } as never);
      reply({ ok: true, data });
    } catch (err) {
      if (!(err instanceof AppError)) log.error(`socket ${handler.event} failed`, err);
      reply({
        ok: false,
        error: toPublicMessage(err),
        ...(err instanceof AppError && err.retryAfterSeconds ? { retryAfterSeconds: err.retryAfterSeconds } : {}),
      });
    }
  });
}

async function resolveIdentity(socket: RealtimeSocket, access: Access, deps: RealtimeDeps): Promise<SocketIdentity | null> {
  const current = socket.data.identity;
  if (access === "public") return current;
  const fresh = current ? await deps.reauthorize(current) : null;
  if (!fresh) {
    socket.data.identity = null;
    setTimeout(() => socket.disconnect(true), 0);
    throw new AppError("unauthorized", "Your session has ended. Please sign in again.");
  }
  if (fresh.coupleId !== current?.coupleId) {
    if (current?.coupleId) await socket.leave(rooms.couple(current.coupleId));
    if (fresh.coupleId) await socket.join(rooms.couple(fresh.coupleId));
  }
  socket.data.identity = fresh;
  if (access === "couple" && !fresh.coupleId) throw new AppError("forbidden", "This needs a shared space with your partner. Invite them from Me.");
  return fresh;
}
