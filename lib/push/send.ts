import http from "node:http";
import https from "node:https";
import webpush from "web-push";
import type { VapidKeys } from "./vapid";

export interface StoredSubscription {
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface SendOptions {
  /** Seconds the push service may hold it for a phone that is off; past that it is dropped. */
  ttl: number;
  urgency: "very-low" | "low" | "normal" | "high";
  /** A push service keeps only the newest undelivered message per topic (≤ 32 base64url chars). */
  topic?: string;
}

export type Delivery =
  | { status: "sent" }
  /** 404/410: the browser dropped the subscription; delete it. */
  | { status: "gone"; code: number }
  /** 429, 5xx or a network failure: try again later (Retry-After when the service said). */
  | { status: "retry"; reason: string; afterMs?: number }
  /** Any other answer: a mistake on our side (payload too large, keys refused); not retried. */
  | { status: "failed"; reason: string };

// Kept-alive connections: a push service is one origin for millions of phones, and a new TLS
// handshake per message would cost more than the message.
const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 64 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 64 }),
};
const TIMEOUT_MS = 10_000;

function retryAfterMs(value: string | string[] | undefined): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  const seconds = Number(v);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

// A VAPID JWT costs milliseconds to sign (web-push converts the key with asn1.js each time) and may
// live up to 24 hours: one per push service origin, renewed every 11 hours, valid for 12.
const vapidCache = new Map<string, { header: string; renewAt: number }>();

function vapidHeader(audience: string, keys: VapidKeys): string {
  const key = `${audience} ${keys.publicKey} ${keys.subject}`;
  const hit = vapidCache.get(key);
  if (hit && hit.renewAt > Date.now()) return hit.header;
  const expiration = Math.floor(Date.now() / 1000) + 12 * 3600;
  const { Authorization } = webpush.getVapidHeaders(audience, keys.subject, keys.publicKey, keys.privateKey, "aes128gcm", expiration);
  vapidCache.set(key, { header: Authorization, renewAt: Date.now() + 11 * 3600_000 });
  return Authorization;
}

/**
 * Encrypts (RFC 8291, aes128gcm) and signs (VAPID, RFC 8292) with the maintained `web-push`
 * library, then POSTs over our own kept-alive agents. Never throws: the outcome says what to do.
 */
export function deliver(sub: StoredSubscription, payload: string, options: SendOptions, keys: VapidKeys): Promise<Delivery> {
  let details: ReturnType<typeof webpush.generateRequestDetails>;
  try {
    details = webpush.generateRequestDetails({ endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } }, payload, {
      // The signed header is ours (cached above). No vapidDetails: web-push then signs nothing
      // itself (we never call its process-wide setVapidDetails).
      headers: { Authorization: vapidHeader(new URL(sub.endpoint).origin, keys) },
      TTL: options.ttl,
      urgency: options.urgency,
      ...(options.topic ? { topic: options.topic } : {}),
      contentEncoding: "aes128gcm",
    });
  } catch (err) {
    return Promise.resolve({ status: "failed", reason: `could not encrypt: ${(err as Error).message}` });
  }
  const url = new URL(details.endpoint);
  const secure = url.protocol === "https:";
  const headers = Object.fromEntries(Object.entries(details.headers).map(([k, v]) => [k, String(v)]));
  return new Promise((resolve) => {
    const req = (secure ? https : http).request(url, { method: "POST", headers, agent: secure ? agents.https : agents.http, timeout: TIMEOUT_MS }, (res) => {
      res.resume(); // the body says nothing we act on; drain it so the connection is reused
      const code = res.statusCode ?? 0;
      if (code >= 200 && code < 300) resolve({ status: "sent" });
      else if (code === 404 || code === 410) resolve({ status: "gone", code });
      else if (code === 429 || code >= 500) resolve({ status: "retry", reason: `push service answered ${code}`, afterMs: retryAfterMs(res.headers["retry-after"]) });
      else resolve({ status: "failed", reason: `push service answered ${code}` });
    });
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", (err) => resolve({ status: "retry", reason: err.message }));
    req.end(details.body ?? undefined);
  });
}
