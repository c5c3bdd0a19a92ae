import type { ServerToClientEvents } from "./events";
import { rooms } from "./events";
import type { RealtimeServer } from "./types";

// server.ts (run by tsx) and Next's bundled server code load separate copies of this module
// in one process, so the live io instance is shared through a global symbol.
const KEY = Symbol.for("steady.realtime.io");
type Holder = { [KEY]?: RealtimeServer };

export function setIO(io: RealtimeServer | undefined) {
  (globalThis as Holder)[KEY] = io;
}

/** The running Socket.IO server, or undefined (e.g. in a script or a test without sockets). */
export function getIO(): RealtimeServer | undefined {
  return (globalThis as Holder)[KEY];
}

type EventArgs<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>;

/** Broadcasts to both partners' open screens; call only after the transaction committed. */
export function emitToCouple<E extends keyof ServerToClientEvents>(coupleId: string, event: E, ...args: EventArgs<E>) {
  getIO()?.to(rooms.couple(coupleId)).emit(event, ...args);
}

export function emitToUser<E extends keyof ServerToClientEvents>(userId: string, event: E, ...args: EventArgs<E>) {
  getIO()?.to(rooms.user(userId)).emit(event, ...args);
}

/** Disconnects every socket of these sessions, on every node (through the adapter). */
export function disconnectSessions(sessionIds: string[]) {
  const io = getIO();
  if (!io || sessionIds.length === 0) return;
  io.in(sessionIds.map(rooms.session)).disconnectSockets(true);
}

/** Removes a user's sockets from a couple room, on every node, e.g. after a partner left. */
export function removeFromCoupleRoom(coupleId: string, userIds: string[]) {
  const io = getIO();
  if (!io || userIds.length === 0) return;
  io.in(userIds.map(rooms.user)).socketsLeave(rooms.couple(coupleId));
}

/** Puts a user's open sockets into a couple room, on every node, e.g. right after linking. */
export function joinCoupleRoom(coupleId: string, userIds: string[]) {
  const io = getIO();
  if (!io || userIds.length === 0) return;
  io.in(userIds.map(rooms.user)).socketsJoin(rooms.couple(coupleId));
}
