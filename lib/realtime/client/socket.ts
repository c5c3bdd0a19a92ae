"use client";

import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../events";

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: ClientSocket | undefined;

/**
 * The browser's single socket, shared by every component. It authenticates with the session
 * cookie (same origin). WebSocket first; long-polling only as a fallback for hostile networks.
 */
export function getSocket(): ClientSocket {
  socket ??= io({
    autoConnect: false,
    transports: ["websocket", "polling"],
    withCredentials: true,
    // Jittered backoff so a restarted server is not hit by every phone in the same instant.
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
    randomizationFactor: 0.5,
  });
  return socket;
}

type Ack<E extends keyof ClientToServerEvents> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];

/** Emits a request and resolves with its ack, or rejects after `timeoutMs` (flaky networks). */
export function request<E extends keyof ClientToServerEvents>(
  event: E,
  payload: Parameters<ClientToServerEvents[E]>[0],
  timeoutMs = 5000,
): Promise<Ack<E>> {
  // Socket.IO's emit types cannot follow a generic event name (TS cannot correlate E with its
  // parameters); callers are typed by the contract above, so this is the one place it is asserted.
  // Called on its socket: a detached emitWithAck has no `this` and throws before sending anything.
  const timed = getSocket().timeout(timeoutMs);
  const emit = timed.emitWithAck as (this: typeof timed, event: string, payload: unknown) => Promise<Ack<E>>;
  return emit.call(timed, event, payload);
}
