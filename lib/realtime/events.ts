/**
 * The one typed contract for Socket.IO, imported by the server and the browser.
 * Requests are `domain:verb` and answer through an ack; broadcasts are `domain:past`.
 * Client payloads are typed here for the client's benefit only: the server zod-parses every one.
 */
import type { PauseStatePayload } from "../pause/state";

export type Ack<T> = { ok: true; data: T } | { ok: false; error: string; retryAfterSeconds?: number };
export type AckFn<T> = (result: Ack<T>) => void;

export interface PingResult {
  /** Server clock (ms since epoch) when the ping was handled; the client estimates its offset from it. */
  serverNow: number;
}

export interface ServerToClientEvents {
  /** Sent once after the handshake so the client knows it is authenticated and where. */
  "system:ready": (payload: { serverNow: number; userId: string | null; coupleId: string | null }) => void;
  /** The couple's shared space ended (a partner left or deleted their account). */
  "couple:ended": (payload: { serverNow: number }) => void;
  /** Something changed in the couple that open screens should re-read (agreements, membership…). */
  "couple:changed": (payload: { domain: string; serverNow: number }) => void;
  /** An agreement proposal was made or answered (for a gentle in-app note; pages re-read on couple:changed). */
  "agreements:changed": (payload: AgreementsChangedPayload) => void;
  /** The couple's full, authoritative pause state (never a diff), with the server's clock. */
  "pause:state": (payload: PauseStatePayload) => void;
}

export interface AgreementsChangedPayload {
  agreementId: string;
  versionId: string;
  change: "proposed" | "countered" | "accepted" | "declined" | "withdrawn";
  actorId: string;
  serverNow: number;
}

export interface ClientToServerEvents {
  "system:ping": (payload: Record<string, never>, ack: AckFn<PingResult>) => void;
  "pause:start": (payload: Record<string, never>, ack: AckFn<PauseStatePayload & { created: boolean }>) => void;
  "pause:end": (payload: { pauseId: string }, ack: AckFn<PauseStatePayload>) => void;
  "pause:ready": (payload: { pauseId: string }, ack: AckFn<PauseStatePayload>) => void;
  "pause:undo": (payload: { pauseId: string }, ack: AckFn<PauseStatePayload>) => void;
  "pause:reconvene": (
    payload: { pauseId: string; choice: "TALK_NOW" | "EXTEND" | "SCHEDULE"; at?: number },
    ack: AckFn<PauseStatePayload>,
  ) => void;
  "pause:sync": (payload: Record<string, never>, ack: AckFn<PauseStatePayload>) => void;
}

export interface InterServerEvents {
  ping: () => void;
}

/** Who a socket belongs to, resolved at the handshake and re-checked on every event. */
export interface SocketIdentity {
  userId: string;
  sessionId: string;
  coupleId: string | null;
}

export interface SocketData {
  identity: SocketIdentity | null;
}

export const rooms = {
  couple: (coupleId: string) => `couple:${coupleId}`,
  user: (userId: string) => `user:${userId}`,
  session: (sessionId: string) => `session:${sessionId}`,
};
