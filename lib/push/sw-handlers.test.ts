import { describe, expect, it } from "vitest";
import { installPushHandlers, parsePushMessage, targetUrl, type PushWorkerScope } from "./sw-handlers";

function fakeWorker(windows: { url: string }[] = []) {
  const listeners = new Map<string, (event: unknown) => void>();
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
  return { fire, shown, opened, navigated };
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

  it("never opens another origin, and still shows something for a message it cannot read", () => {
    expect(targetUrl("https://steady.example", "https://evil.example/x")).toBe("https://steady.example/");
    expect(targetUrl("https://steady.example", "//evil.example/x")).toBe("https://steady.example/");
    expect(parsePushMessage("not json")).toMatchObject({ title: "Steady", body: "not json", url: "/" });
    expect(parsePushMessage(null)).toMatchObject({ title: "Steady", url: "/" });
    expect(parsePushMessage(JSON.stringify({ url: "https://evil.example" })).url).toBe("/");
  });
});
