import type { IncomingMessage } from "node:http";
import { sendPauseState } from "../pause/connected";
import type { SocketIdentity } from "../realtime/events";
import type { RealtimeSocket } from "../realtime/types";
import { parseCookieHeader, sessionIdFromCookies } from "./cookie";
import { resolveSocketIdentity } from "./socket-identity";

/** Handshake: the same session cookie as the pages; no separate token a client could forge. */
export async function authenticateSocket(req: IncomingMessage): Promise<SocketIdentity | null> {
  const sessionId = await sessionIdFromCookies(parseCookieHeader(req.headers.cookie));
  return resolveSocketIdentity(sessionId);
}

/** Before each event: the session may have been revoked, or the couple ended, since the handshake. */
export async function reauthorizeSocket(identity: SocketIdentity): Promise<SocketIdentity | null> {
  return resolveSocketIdentity(identity.sessionId);
}

type ConnectedHook = (socket: RealtimeSocket) => Promise<void>;
const connectedHooks: ConnectedHook[] = [];

/** Domains (e.g. the pause) register what a freshly connected socket should receive. */
export function onConnected(hook: ConnectedHook) {
  connectedHooks.push(hook);
}

export async function onSocketConnected(socket: RealtimeSocket) {
  await Promise.all(connectedHooks.map((hook) => hook(socket)));
}

onConnected(sendPauseState);
