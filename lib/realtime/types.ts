import type { IncomingMessage } from "node:http";
import type { Server, Socket } from "socket.io";
import type { Member } from "../auth/member";
import type { AnyOperation } from "../operations/define";
import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from "./events";

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export interface RealtimeDeps {
  /** The session id in the handshake request (the same cookie as the pages); null refuses the connection. */
  sessionIdOf: (req: IncomingMessage) => Promise<string | null>;
  /** The one member resolver (lib/auth/member.ts); injectable so tests can count or fail it. */
  resolve: (sessionId: string) => Promise<Member | null>;
  /** Origins allowed to connect; browsers always send Origin, non-browser clients may omit it. */
  allowedOrigins: string[];
  /** The operation registry; those with a `socket` option are served as events. */
  operations: readonly AnyOperation[];
  /** With a Redis URL, events fan out across server nodes through the sharded Redis adapter. */
  redisUrl?: string;
  /** Runs after a socket joined its rooms, e.g. to send the current pause state. */
  onConnected?: (socket: RealtimeSocket) => Promise<void>;
}
