import { io, type Socket } from "socket.io-client";
import type { BenchCouple } from "../pause-latency/seed";
import { keepConnected } from "../../lib/realtime/client/reconnect";
import type { PauseStatePayload, PauseView } from "../../lib/pause/state";

/**
 * A simulated phone: the app's socket settings and reconnect handling (lib/realtime/client), and
 * what the pause store does (lib/pause/client/store.ts): keep the state read last on the server,
 * re-read it on every (re)connect and on a resync signal.
 */
export interface Phone {
  userId: string;
  socket: Socket;
  cookie: string;
  latest: PauseStatePayload | null;
  /** Why it last failed to connect, and since when it has been disconnected (for the report). */
  lastError: string;
  downSince: number;
  /** The last few connection events, "+ms event" from the disconnect, for a missed phone's sample. */
  trace: string[];
}

export interface SoakCouple {
  id: string;
  a: Phone;
  b: Phone;
  /** Taps on Pause sent (each may be answered, refused or unanswered). */
  taps: number;
}

type Ack = { ok: true; data: PauseStatePayload & { created?: boolean } } | { ok: false; code: string; error: string };

function accept(phone: Phone, payload: PauseStatePayload) {
  if (!phone.latest || payload.serverNow >= phone.latest.serverNow) phone.latest = payload;
}

function openPhone(url: string, userId: string, cookie: string): Promise<Phone> {
  const socket = io(url, {
    transports: ["websocket"],
    forceNew: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
    randomizationFactor: 0.5,
    timeout: 20_000,
    extraHeaders: { cookie },
  });
  keepConnected(socket);
  const phone: Phone = { userId, socket, cookie, latest: null, lastError: "", downSince: 0, trace: [] };
  const note = (event: string) => {
    phone.trace.push(`+${Date.now() - phone.downSince} ${event}`);
    if (phone.trace.length > 12) phone.trace.shift();
  };
  socket.on("disconnect", (reason: string) => {
    phone.downSince = Date.now();
    phone.trace = [];
    phone.lastError = `disconnect: ${reason}`;
  });
  socket.io.on("reconnect_attempt", (n) => note(`attempt ${n}`));
  // Engine.IO's transport errors carry the underlying one (ws: "Unexpected server response: 503",
  // "socket hang up", ECONNRESET…) in `description`.
  const why = (err: Error & { description?: unknown }) => {
    const d = err.description as { message?: string; error?: { message?: string } } | string | undefined;
    const inner = typeof d === "string" ? d : (d?.message ?? d?.error?.message);
    return inner ? `${err.message} (${inner})` : err.message;
  };
  socket.io.on("reconnect_error", (err) => note(`reconnect_error ${why(err)}`));
  socket.io.on("open", () => note("open"));
  socket.on("connect_error", (err: Error) => {
    phone.lastError = `connect_error: ${err.message}`;
    note(`connect_error ${why(err)}`);
  });
  socket.on("connect", () => note("connect"));
  socket.on("pause:state", (payload: PauseStatePayload) => accept(phone, payload));
  const sync = () => void resync(phone);
  socket.on("connect", sync);
  socket.on("system:resync", sync);
  // A refusal as "unauthorized" is final (a wrong cookie); "unavailable" (a busy database) is retried.
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`phone ${userId} did not connect in 60 s: ${phone.lastError}`)), 60_000);
    socket.once("connect", () => {
      clearTimeout(timer);
      resolve(phone);
    });
    socket.on("connect_error", (err: Error) => {
      if (err.message !== "unauthorized") return;
      clearTimeout(timer);
      reject(err);
    });
  });
}

/** Reads the pause state again, as the store does on (re)connect and on a resync signal. */
export async function resync(phone: Phone, timeoutMs = 4000): Promise<void> {
  try {
    const res = (await phone.socket.timeout(timeoutMs).emitWithAck("pause:sync", {})) as Ack;
    if (res.ok) accept(phone, res.data);
  } catch {
    // no answer: the next (re)connect reads it again
  }
}

export async function connectCouples(url: string, couples: BenchCouple[], concurrency = 20): Promise<SoakCouple[]> {
  const out: SoakCouple[] = new Array(couples.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < couples.length) {
        const i = next++;
        const c = couples[i]!;
        const [a, b] = await Promise.all([openPhone(url, c.a.id, c.a.cookie), openPhone(url, c.b.id, c.b.cookie)]);
        out[i] = { id: c.id, a, b, taps: 0 };
      }
    }),
  );
  return out;
}

export type Verb = "pause.start" | "pause.end" | "pause.markReady" | "pause.reconvene";

/**
 * What the app's sendOperation does: over the socket, and when no answer comes in 4 s, the same
 * operation over HTTP (the server action; here the nodes' /op route) through the balancer.
 * Returns the answer, or why neither answered.
 */
export async function send(balancerUrl: string, phone: Phone, verb: Verb, input: Record<string, unknown>): Promise<Ack | { timeout: string }> {
  if (phone.socket.connected) {
    try {
      return (await phone.socket.timeout(4000).emitWithAck(verb.replace(".", ":"), input)) as Ack;
    } catch {
      // no answer in time: HTTP below
    }
  }
  // A browser resends a request that failed on a reused keep-alive connection before any answer
  // came (the node closed it while draining); fetch does not, so the bench does it once.
  let reason = "";
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const res = await fetch(`${balancerUrl}/op/${verb}`, {
        method: "POST",
        headers: { cookie: phone.cookie, "content-type": "application/json" },
        body: JSON.stringify(input),
        signal: AbortSignal.timeout(6000),
      });
      return (await res.json()) as Ack;
    } catch (err) {
      reason = (err as Error).name === "TimeoutError" ? "http timeout" : "http failed";
      if (reason === "http timeout") break;
    }
  }
  return { timeout: reason };
}

/** What a phone shows, reduced to what must agree with the database (the choice at zero included). */
export function shown(pause: PauseView | null | undefined): string {
  if (!pause) return "none";
  const choice = `${pause.extensions}|${pause.reconveneChoice ?? "-"}|${pause.reconveneAt ?? "-"}`;
  return `${pause.id}|${pause.endsAt}|${pause.endedAt ?? "-"}|${pause.partnerReadyAt ?? "-"}|${choice}`;
}
