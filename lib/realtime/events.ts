/**
 * The one typed contract for Socket.IO, imported by the server and the browser. Requests are
 * derived from the operation registry (`pause.start` → `pause:start`, answered through an ack
 * with the operation's result); broadcasts are `domain:what-changed`.
 * Client payloads are typed here for the client's benefit only: the server zod-parses every one.
 */
import type { Member } from "../auth/member";
import type { OperationEvents } from "../operations/registry";
import type { PauseStatePayload } from "../pause/state";
import type { ReviewView } from "../reviews/view";

export interface ServerToClientEvents {
  /** Sent once after the handshake so the client knows it is authenticated and where. */
  "system:ready": (payload: { serverNow: number; userId: string | null; coupleId: string | null }) => void;
  /**
   * Broadcasts from other nodes may have been missed (Redis was away): open screens re-read what
   * they show. The pause state itself is resent right before this.
   */
  "system:resync": (payload: { serverNow: number }) => void;
  /** The couple's shared space ended (a partner left or deleted their account). */
  "couples:ended": (payload: { serverNow: number }) => void;
  /** Something changed in the couple that open screens should re-read (agreements, membership…). */
  "couples:changed": (payload: { domain: string; serverNow: number }) => void;
  /** An agreement proposal was made or answered (for a gentle in-app note; pages re-read on couples:changed). */
  "agreements:changed": (payload: AgreementsChangedPayload) => void;
  /** A check-in was logged, or a partner added their part (a gentle note; pages re-read on couples:changed). */
  "checkins:logged": (payload: CheckInsLoggedPayload) => void;
  /** The couple's full, authoritative pause state (never a diff), with the server's clock. */
  "pause:state": (payload: PauseStatePayload) => void;
  /**
   * The weekly review as this user may see it (sent to each partner's own room, never the couple's):
   * a partner's rating is in it only once both exist (lib/reviews/view.ts).
   */
  "reviews:state": (payload: { review: ReviewView; serverNow: number }) => void;
}

export interface AgreementsChangedPayload {
  agreementId: string;
  versionId: string;
  change: "proposed" | "countered" | "accepted" | "declined" | "withdrawn";
  actorId: string;
  serverNow: number;
}

export interface CheckInsLoggedPayload {
  agreementId: string;
  checkInId: string;
  outcome: "logged" | "joined" | "updated";
  actorId: string;
  serverNow: number;
}

export type ClientToServerEvents = OperationEvents;

export interface InterServerEvents {
  ping: () => void;
  /** A node's Redis connection came back: every node resends state to its own sockets. */
  resync: () => void;
}

export interface SocketData {
  /** The session the socket authenticated with, kept after a refusal so nothing re-reads the cookie. */
  sessionId: string;
  /** The member resolved at the handshake and re-checked before events; null once refused. */
  member: Member | null;
  ip: string;
  userAgent: string;
  /** The handshake's Accept-Language: refusals' words when the person chose none on Me. */
  acceptLanguage?: string;
}

export const rooms = {
  couple: (coupleId: string) => `couple:${coupleId}`,
  user: (userId: string) => `user:${userId}`,
  session: (sessionId: string) => `session:${sessionId}`,
};
