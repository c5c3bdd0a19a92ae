"use client";

import type { Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../events";
import { keepConnected } from "./reconnect";

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Listened = keyof ServerToClientEvents | "connect" | "disconnect";
type Handler = (...args: never[]) => void;

let socket: ClientSocket | undefined;
let loading: Promise<ClientSocket> | undefined;
let wanted = false;
/** Listeners registered before the socket exists are attached when it does. */
const listeners = new Set<{ event: Listened; handler: Handler }>();

/**
 * The browser's single socket, shared by every component. socket.io-client is its own chunk,
 * fetched once a signed-in page is interactive (RealtimeProvider calls connectSocket in an effect),
 * so it never delays the first paint. It authenticates with the session cookie (same origin).
 * WebSocket first; long-polling only as a fallback for hostile networks.
 */
export function loadSocket(): Promise<ClientSocket> {
  loading ??= import("socket.io-client").then(({ io }) => {
    const made: ClientSocket = io({
      autoConnect: false,
      transports: ["websocket", "polling"],
      withCredentials: true,
      // Jittered backoff so a restarted server is not hit by every phone in the same instant.
      reconnectionDelay: 500,
      reconnectionDelayMax: 5000,
      randomizationFactor: 0.5,
    });
    keepConnected(made);
    for (const { event, handler } of listeners) made.on(event, handler as never);
    socket = made;
    if (wanted) made.connect();
    return made;
  });
  return loading;
}

/** Connects now, or as soon as socket.io-client has loaded. */
export function connectSocket(): void {
  wanted = true;
  if (socket) socket.connect();
  else void loadSocket();
}

export function disconnectSocket(): void {
  wanted = false;
  socket?.disconnect();
}

export function isSocketConnected(): boolean {
  return socket?.connected ?? false;
}

/** Listens for a server event (or connect/disconnect), now or once the socket exists; returns the unsubscribe. */
export function onSocket<E extends Listened>(
  event: E,
  handler: E extends keyof ServerToClientEvents ? ServerToClientEvents[E] : (...args: never[]) => void,
): () => void {
  const entry = { event, handler: handler as Handler };
  listeners.add(entry);
  socket?.on(event, handler as never);
  return () => {
    listeners.delete(entry);
    socket?.off(event, handler as never);
  };
}

type Ack<E extends keyof ClientToServerEvents> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];

/** Emits a request and resolves with its ack, or rejects after `timeoutMs` (flaky networks). */
export async function request<E extends keyof ClientToServerEvents>(
  event: E,
  payload: Parameters<ClientToServerEvents[E]>[0],
  timeoutMs = 5000,
): Promise<Ack<E>> {
  const timed = (socket ?? (await loadSocket())).timeout(timeoutMs);
  // Socket.IO's emit types cannot follow a generic event name (TS cannot correlate E with its
  // parameters); callers are typed by the contract above, so this is the one place it is asserted.
  // Called on the socket it belongs to: a detached emitWithAck has no `this` and throws, which
  // once silently sent every live verb over HTTP and left the clock unsynced.
  const emitWithAck = timed.emitWithAck as (this: typeof timed, event: string, payload: unknown) => Promise<Ack<E>>;
  return emitWithAck.call(timed, event, payload);
}
