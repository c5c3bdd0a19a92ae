import { describe, expect, it } from "vitest";
import { installPushHandlers, parsePushMessage, resubscribe, SUBSCRIPTION_URL, targetUrl, type PushWorkerScope } from "./sw-handlers";

type Sub = { endpoint: string; options: { applicationServerKey: ArrayBuffer | null }; toJSON: () => { endpoint: string; keys: Record<string, string> } };
const sub = (endpoint: string, key: ArrayBuffer | null = null): Sub => ({
  endpoint,
  options: { applicationServerKey: key },
  toJSON: () => ({ endpoint, keys: { p256dh: `p256dh-of-${endpoint}`, auth: "auth" } }),
});
const SERVER_KEY = "BPk3zu8wSoWqBpfqv2x0v0dCLkhK9S0OqE5wLKc2o1M8vWoV2Lr6f2hNq8v5t6cA0Bv3oF4R5xG7yH8uI9jK0lM";

function fakeWorker(windows: { url: string }[] = [], server: { publicKey: string | null; status?: number } = { publicKey: SERVER_KEY }) {
  const listeners = new Map<string, (event: unknown) => void>();
  const subscribedWith: Uint8Array[] = [];
  const requests: { url: string; method: string; body: unknown }[] = [];
  const shown: { title: string; options: unknown }[] = [];
  const opened: string[] = [];
  const navigated: string[] = [];
  const clients = windows.map((w) => {
    const client = {
      url: w.url,
      focus: async () => client,
      navigate: async (url: string) => {
        navigated.push(url);
        return client;
      },
    };
    return client;
  });
  const sw: PushWorkerScope = {
    location: { origin: "https://steady.example" },
    registration: {
      showNotification: async (title, options) => {
        shown.push({ title, options });
      },
      pushManager: {
        getSubscription: async () => null,
        subscribe: async ({ applicationServerKey }) => {
          subscribedWith.push(new Uint8Array(applicationServerKey));
          return sub("https://push.example/renewed");
        },
      },
    },
    fetch: async (url, init) => {
      requests.push({ url, method: init?.method ?? "GET", body: init?.body ? JSON.parse(String(init.body)) : undefined });
      if (init?.method === "POST") return new Response(JSON.stringify({ ok: true }), { status: server.status ?? 200 });
      return Response.json({ publicKey: server.publicKey });
    },
    clients: {
      matchAll: async () => clients,
      openWindow: async (url) => opened.push(url),
    },
    addEventListener: (type, listener) => listeners.set(type, listener),
  };
  installPushHandlers(sw);
  const fire = async (type: string, event: object) => {
    const waits: Promise<unknown>[] = [];
    listeners.get(type)!({ ...event, waitUntil: (p: Promise<unknown>) => waits.push(p) });
    await Promise.all(waits);
  };
  return { sw, fire, shown, opened, navigated, subscribedWith, requests };
}

describe("service worker: push and tap", () => {
  it("shows the server's text, and a tap opens the countdown", async () => {
    const w = fakeWorker();
    const message = { kind: "pause.started", title: "Steady", body: "A pause has started — 10 minutes", url: "/pause", tag: "pause", at: 1 };
    await w.fire("push", { data: { text: () => JSON.stringify(message) } });
    expect(w.shown).toEqual([{ title: "Steady", options: expect.objectContaining({ body: "A pause has started — 10 minutes", tag: "pause", data: { url: "/pause", kind: "pause.started" } }) }]);
    let closed = false;
    await w.fire("notificationclick", { notification: { data: { url: "/pause" }, tag: "pause", close: () => (closed = true) } });
    expect(closed).toBe(true);
    expect(w.opened).toEqual(["https://steady.example/pause"]);
  });

  it("focuses an open Steady window and takes it to the page", async () => {
    const w = fakeWorker([{ url: "https://steady.example/today" }]);
    await w.fire("notificationclick", { notification: { data: { url: "/pause" }, tag: "pause", close: () => {} } });
    expect(w.navigated).toEqual(["https://steady.example/pause"]);
    expect(w.opened).toEqual([]);
  });

  it("a subscription the push service replaced: the new one goes to the server, replacing the old endpoint", async () => {
    const w = fakeWorker();
    await w.fire("pushsubscriptionchange", { oldSubscription: sub("https://push.example/old"), newSubscription: sub("https://push.example/new") });
    expect(w.subscribedWith).toEqual([]);
    expect(w.requests).toEqual([
      { url: SUBSCRIPTION_URL, method: "POST", body: { endpoint: "https://push.example/new", keys: { p256dh: "p256dh-of-https://push.example/new", auth: "auth" }, oldEndpoint: "https://push.example/old" } },
    ]);
  });

  it("a subscription that expired with no new one: subscribes again with the old one's key", async () => {
    const w = fakeWorker();
    const key = new Uint8Array([4, 1, 2, 3]).buffer;
    await w.fire("pushsubscriptionchange", { oldSubscription: sub("https://push.example/old", key) });
    expect(w.subscribedWith).toEqual([new Uint8Array([4, 1, 2, 3])]);
    expect(w.requests.map((r) => [r.method, (r.body as { endpoint?: string; oldEndpoint?: string } | undefined)?.endpoint, (r.body as { oldEndpoint?: string } | undefined)?.oldEndpoint])).toEqual([
      ["POST", "https://push.example/renewed", "https://push.example/old"],
    ]);
  });

  it("nothing known of the old one (Chromium): asks the server for its VAPID key, then subscribes and tells it", async () => {
    const w = fakeWorker();
    await w.fire("pushsubscriptionchange", {});
    expect(w.requests[0]).toMatchObject({ url: SUBSCRIPTION_URL, method: "GET" });
    expect(Buffer.from(w.subscribedWith[0]!).toString("base64url")).toBe(SERVER_KEY);
    expect(w.requests[1]).toMatchObject({ method: "POST", body: { endpoint: "https://push.example/renewed" } });
    expect((w.requests[1]!.body as Record<string, unknown>).oldEndpoint).toBeUndefined();
  });

  it("a server that sends no pushes: subscribes to nothing; a refused save says so", async () => {
    const none = fakeWorker([], { publicKey: null });
    await none.fire("pushsubscriptionchange", {});
    expect(none.subscribedWith).toEqual([]);
    expect(none.requests.map((r) => r.method)).toEqual(["GET"]);
    const signedOut = fakeWorker([], { publicKey: SERVER_KEY, status: 401 });
    expect(await resubscribe(signedOut.sw, { newSubscription: sub("https://push.example/new") })).toBe(false);
  });

  it("never opens another origin, and still shows something for a message it cannot read", () => {
    expect(targetUrl("https://steady.example", "https://evil.example/x")).toBe("https://steady.example/");
    expect(targetUrl("https://steady.example", "//evil.example/x")).toBe("https://steady.example/");
    expect(parsePushMessage("not json")).toMatchObject({ title: "Steady", body: "not json", url: "/" });
    expect(parsePushMessage(null)).toMatchObject({ title: "Steady", url: "/" });
    expect(parsePushMessage(JSON.stringify({ url: "https://evil.example" })).url).toBe("/");
  });
});
