/**
 * This browser's side of Web Push: can it get notifications at all, and subscribe or unsubscribe
 * it. Permission is asked only from a tap on Me, after the explanation (never on page load).
 */
export type PushSupport =
  /** Can ask (or already may). */
  | "ready"
  /** iPhone/iPad in a browser tab: web push reaches only apps added to the Home Screen. */
  | "needs-install"
  /** No service workers or no PushManager (an old or locked-down browser). */
  | "unsupported"
  /** The person said no, or the browser's settings block notifications for Steady. */
  | "blocked";

/** The service worker's address (the PWA's: app/sw.js/route.ts). */
const WORKER_URL = "/sw.js";

export function isAppleMobile(ua = navigator.userAgent, touchPoints = navigator.maxTouchPoints): boolean {
  // iPadOS 13+ reports itself as a Mac; touch points tell them apart.
  return /iPad|iPhone|iPod/.test(ua) || (/Macintosh/.test(ua) && touchPoints > 1);
}

export function pushSupport(): PushSupport {
  if (typeof window === "undefined" || typeof navigator === "undefined") return "unsupported";
  const standalone = window.matchMedia?.("(display-mode: standalone)").matches || (navigator as { standalone?: boolean }).standalone === true;
  const hasPush = "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
  if (isAppleMobile() && (!standalone || !hasPush)) return "needs-install";
  if (!hasPush) return "unsupported";
  if (Notification.permission === "denied") return "blocked";
  return "ready";
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const raw = atob(base64url.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(base64url.length / 4) * 4, "="));
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

function sameKey(a: ArrayBuffer | null | undefined, b: Uint8Array): boolean {
  if (!a) return false;
  const x = new Uint8Array(a);
  return x.length === b.length && x.every((v, i) => v === b[i]);
}

async function registration(): Promise<ServiceWorkerRegistration> {
  const existing = await navigator.serviceWorker.getRegistration("/");
  if (!existing) await navigator.serviceWorker.register(WORKER_URL, { scope: "/", updateViaCache: "none" });
  return navigator.serviceWorker.ready;
}

export class PushRefused extends Error {}

/**
 * Asks for permission (the browser's own prompt) and subscribes this browser with the server's
 * public key; a subscription made under other keys is replaced. Returns what push.subscribe takes.
 */
export async function subscribeThisDevice(publicKey: string): Promise<{ endpoint: string; keys: { p256dh: string; auth: string } }> {
  const permission = await Notification.requestPermission();
  if (permission !== "granted") throw new PushRefused(permission);
  const reg = await registration();
  const key = keyBytes(publicKey);
  let sub = await reg.pushManager.getSubscription();
  if (sub && !sameKey(sub.options.applicationServerKey, key)) {
    await sub.unsubscribe();
    sub = null;
  }
  sub ??= await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  const json = sub.toJSON();
  return { endpoint: json.endpoint ?? sub.endpoint, keys: { p256dh: json.keys?.p256dh ?? "", auth: json.keys?.auth ?? "" } };
}

/** Ends this browser's subscription; returns its endpoint (for push.unsubscribe), if there was one. */
export async function unsubscribeThisDevice(): Promise<string | undefined> {
  const reg = await navigator.serviceWorker?.getRegistration("/").catch(() => undefined);
  const sub = await reg?.pushManager.getSubscription().catch(() => null);
  if (!sub) return undefined;
  await sub.unsubscribe().catch(() => false);
  return sub.endpoint;
}
