import type { IncomingMessage } from "node:http";
import { sendPauseState } from "../pause/connected";
import type { SocketIdentity } from "../realtime/events";
import type { RealtimeSocket } from "../realtime/types";
import { parseCookieHeader, sessionIdFromCookies } from "./cookie";
import { resolveMember, type Member } from "./member";

function toIdentity(member: Member): SocketIdentity {
  // A socket joins a couple room only while the couple is active; an ended couple is read-only.
  const coupleId = member.couple && !member.couple.endedAt ? member.couple.id : null;
  return { userId: member.user.id, sessionId: member.sessionId, coupleId };
}

/** Handshake: the same session cookie as the pages; no separate token a client could forge. */
export async function authenticateSocket(req: IncomingMessage): Promise<SocketIdentity | null> {
  const sessionId = await sessionIdFromCookies(parseCookieHeader(req.headers.cookie));
  const member = await resolveMember(sessionId);
  return member ? toIdentity(member) : null;
}

/** Before each event: the session may have been revoked, or the couple ended, since the handshake. */
export async function reauthorizeSocket(identity: SocketIdentity): Promise<SocketIdentity | null> {
  const member = await resolveMember(identity.sessionId);
  return member ? toIdentity(member) : null;
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
