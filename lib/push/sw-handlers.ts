import { PUSH_TITLE, type PushMessage } from "./constants";

/**
 * The service worker's part of Web Push: a push shows the notification the server wrote; a tap
 * focuses Steady (or opens it) on the page the notification is about, e.g. the running countdown.
 * The worker file itself, its build and registration are the PWA's; it calls
 * `installPushHandlers(self)`. Typed structurally (the app's tsconfig has the DOM library, not the
 * worker one), so a real ServiceWorkerGlobalScope fits.
 */
interface NotificationLike {
  data: unknown;
  tag: string;
  close(): void;
}
interface WindowClientLike {
  url: string;
  focus(): Promise<WindowClientLike>;
  navigate?(url: string): Promise<WindowClientLike | null>;
}
interface ExtendableEventLike {
  waitUntil(p: Promise<unknown>): void;
}
interface PushEventLike extends ExtendableEventLike {
  data: { text(): string } | null;
}
interface NotificationClickEventLike extends ExtendableEventLike {
  notification: NotificationLike;
}
interface SubscriptionLike {
  endpoint: string;
  options?: { applicationServerKey?: ArrayBuffer | null };
  toJSON(): { endpoint?: string; keys?: Record<string, string> };
}
/** Firefox says which subscription went and which came; Chromium may give neither. */
interface SubscriptionChangeEventLike extends ExtendableEventLike {
  oldSubscription?: SubscriptionLike | null;
  newSubscription?: SubscriptionLike | null;
}
export interface PushWorkerScope {
  location: { origin: string };
  registration: {
    showNotification(title: string, options?: { body?: string; tag?: string; data?: unknown; icon?: string; badge?: string; lang?: string; dir?: "auto" | "ltr" | "rtl" }): Promise<void>;
    pushManager: {
      getSubscription(): Promise<SubscriptionLike | null>;
      subscribe(options: { userVisibleOnly: boolean; applicationServerKey: ArrayBuffer | Uint8Array<ArrayBuffer> }): Promise<SubscriptionLike>;
    };
  };
  fetch(input: string, init?: RequestInit): Promise<Response>;
  clients: {
    matchAll(options?: { type?: "window" | "worker" | "sharedworker" | "all"; includeUncontrolled?: boolean }): Promise<readonly unknown[]>;
    openWindow(url: string): Promise<unknown>;
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the worker's own event map; narrowed below
  addEventListener(type: string, listener: (event: any) => void): void;
}

/** The PWA's icons (lib/pwa/manifest.ts): the app's, and the one-colour mark Android puts in the status bar. */
const ICON = "/icons/icon-192.png";
const BADGE = "/icons/monochrome-512.png";

// The worker carries no catalogue: a message it cannot read still shows the app's name.
const FALLBACK: Omit<PushMessage, "at"> = { kind: "pause.started", title: PUSH_TITLE, body: "", url: "/", tag: "steady" };

/** The server's JSON (lib/push/notify.ts); anything else still shows a notification (browsers require one). */
export function parsePushMessage(text: string | null): Omit<PushMessage, "at"> {
  if (!text) return FALLBACK;
  try {
    const m = JSON.parse(text) as Partial<PushMessage>;
    return {
      kind: m.kind ?? FALLBACK.kind,
      title: typeof m.title === "string" && m.title ? m.title : FALLBACK.title,
      body: typeof m.body === "string" ? m.body : "",
      url: typeof m.url === "string" && m.url.startsWith("/") && !m.url.startsWith("//") ? m.url : "/",
      tag: typeof m.tag === "string" && m.tag ? m.tag : FALLBACK.tag,
      ...(typeof m.lang === "string" && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(m.lang) ? { lang: m.lang } : {}),
    };
  } catch {
    return { ...FALLBACK, body: text.slice(0, 200) };
  }
}

/** Only paths on Steady's own origin are opened, whatever the message said. */
export function targetUrl(origin: string, url: unknown): string {
  const path = typeof url === "string" && url.startsWith("/") && !url.startsWith("//") ? url : "/";
  const target = new URL(path, origin);
  return target.origin === origin ? target.href : `${origin}/`;
}

async function openOrFocus(sw: PushWorkerScope, href: string): Promise<void> {
  const windows = (await sw.clients.matchAll({ type: "window", includeUncontrolled: true })) as WindowClientLike[];
  const same = windows.find((c) => new URL(c.url).origin === sw.location.origin);
  if (same) {
    // Focusing needs the tap's user activation; without it (or for a window this worker doesn't
    // control) the window is still taken to the page, or a new one opened.
    const focused = await same.focus().catch(() => same);
    if (focused.url === href || !focused.navigate) return;
    if ((await focused.navigate(href).catch(() => null)) !== null) return;
  }
  await sw.clients.openWindow(href);
}

/** Keeps the worker alive for `work`; a synthetic event (DevTools, a test) cannot, but the work still runs. */
function extend(event: ExtendableEventLike, work: Promise<unknown>) {
  try {
    event.waitUntil(work);
  } catch {
    void work.catch(() => undefined);
  }
}

/** Where the worker tells the server about a new subscription (app/api/push/subscription), and asks for the key. */
export const SUBSCRIPTION_URL = "/api/push/subscription";

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const raw = atob(base64url.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(base64url.length / 4) * 4, "="));
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/**
 * The push service ended or renewed this browser's subscription (keys rotated, expiry): subscribe
 * again with the server's VAPID key (the old subscription's, else asked of the server) and tell
 * the server, which replaces the old endpoint's row with the new one. The request carries the
 * session cookie like any page's; signed out, the server refuses and nothing is kept.
 */
export async function resubscribe(sw: PushWorkerScope, event: Pick<SubscriptionChangeEventLike, "oldSubscription" | "newSubscription">): Promise<boolean> {
  const old = event.oldSubscription ?? null;
  let next = event.newSubscription ?? null;
  if (!next) {
    let key: ArrayBuffer | Uint8Array<ArrayBuffer> | null = old?.options?.applicationServerKey ?? null;
    if (!key) {
      const res = await sw.fetch(SUBSCRIPTION_URL, { credentials: "same-origin", cache: "no-store" });
      const body = res.ok ? ((await res.json()) as { publicKey?: unknown }) : null;
      key = typeof body?.publicKey === "string" ? keyBytes(body.publicKey) : null;
    }
    if (!key) return false; // the server sends no pushes (no VAPID keys): nothing to renew
    next = await sw.registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  }
  const json = next.toJSON();
  const res = await sw.fetch(SUBSCRIPTION_URL, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ endpoint: json.endpoint ?? next.endpoint, keys: json.keys ?? {}, ...(old && old.endpoint !== next.endpoint ? { oldEndpoint: old.endpoint } : {}) }),
  });
  return res.ok;
}

export function installPushHandlers(sw: PushWorkerScope): void {
  sw.addEventListener("push", (event: PushEventLike) => {
    const message = parsePushMessage(event.data ? event.data.text() : null);
    const options = { body: message.body, tag: message.tag, data: { url: message.url, kind: message.kind }, lang: message.lang ?? "en", icon: ICON, badge: BADGE };
    extend(event, sw.registration.showNotification(message.title, options));
  });
  sw.addEventListener("pushsubscriptionchange", (event: SubscriptionChangeEventLike) => {
    extend(event, resubscribe(sw, event));
  });
  sw.addEventListener("notificationclick", (event: NotificationClickEventLike) => {
    event.notification.close();
    const data = event.notification.data as { url?: unknown } | null;
    extend(event, openOrFocus(sw, targetUrl(sw.location.origin, data?.url)));
  });
}
