import type { IncomingMessage } from "node:http";
import type { Server, Socket } from "socket.io";
import type { z } from "zod";
import type {
  ClientToServerEvents,
  InterServerEvents,
  ServerToClientEvents,
  SocketData,
  SocketIdentity,
} from "./events";

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/**
 * Who may send an event: anyone connected, any signed-in member, or only a member of an active couple.
 * The server re-resolves the identity from the database before every non-public event.
 */
export type Access = "public" | "member" | "couple";

export type IdentityFor<A extends Access> = A extends "public"
  ? SocketIdentity | null
  : A extends "couple"
    ? SocketIdentity & { coupleId: string }
    : SocketIdentity;

export interface HandlerContext<A extends Access> {
  io: RealtimeServer;
  socket: RealtimeSocket;
  identity: IdentityFor<A>;
  /** Re-resolves the identity from the database; refuses (and disconnects) as the usual check does. */
  recheck: () => Promise<IdentityFor<A>>;
}

export interface SocketHandler<A extends Access = Access, I = unknown, O = unknown> {
  event: keyof ClientToServerEvents;
  access: A;
  schema: z.ZodType<I>;
  /** Events per second one socket may send to this handler before being told to slow down. */
  perSecond?: number;
  /**
   * "before" (the default): the identity is re-resolved from the database before every event.
   * "in-statement": the handler's statement checks the session and membership itself and calls
   * `recheck()` when that check fails, saving a query on the hot path (pause start and end).
   */
  identityCheck?: "before" | "in-statement";
  handle: (input: I, ctx: HandlerContext<A>) => Promise<O>;
}

/** Declares a socket handler with its types inferred; the registry in handlers/index.ts lists them all. */
export function defineHandler<A extends Access, I, O>(handler: SocketHandler<A, I, O>): SocketHandler<A, I, O> {
  return handler;
}

export interface RealtimeDeps {
  /** Resolves the identity from the handshake request (session cookie); null refuses the connection. */
  authenticate: (req: IncomingMessage) => Promise<SocketIdentity | null>;
  /** Re-checks an identity before each event (session still valid? couple still active?). */
  reauthorize: (identity: SocketIdentity) => Promise<SocketIdentity | null>;
  /** Origins allowed to connect; browsers always send Origin, non-browser clients may omit it. */
  allowedOrigins: string[];
  handlers: readonly AnySocketHandler[];
  /** With a Redis URL, events fan out across server nodes through the sharded Redis adapter. */
  redisUrl?: string;
  /** Runs after a socket joined its rooms, e.g. to send the current pause state. */
  onConnected?: (socket: RealtimeSocket) => Promise<void>;
}

/** The registry's element type: each entry is fully typed where it is defined with defineHandler. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySocketHandler = SocketHandler<any, any, any>;
