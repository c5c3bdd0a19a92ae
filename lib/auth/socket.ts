import type { IncomingMessage } from "node:http";
import { sendPauseState } from "../pause/connected";
import type { RealtimeSocket } from "../realtime/types";
import { parseCookieHeader, sessionIdFromCookies } from "./cookie";

/** Handshake: the same session cookie as the pages; no separate token a client could forge. */
export function sessionIdOfSocket(req: IncomingMessage): Promise<string | null> {
  return sessionIdFromCookies(parseCookieHeader(req.headers.cookie));
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
