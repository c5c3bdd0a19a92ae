"use client";

import type { WorkerMessage } from "../sw/policy";

/** The worker's address and scope: the whole app (app/sw.js/route.ts serves it). */
export const WORKER_URL = "/sw.js";

/**
 * Registers the service worker once per page load. `updateViaCache: "none"` makes the browser
 * re-check /sw.js itself on every navigation, so a deploy reaches phones on their next open.
 */
export async function registerWorker(): Promise<ServiceWorkerRegistration | null> {
  if (typeof navigator === "undefined" || !("serviceWorker" in navigator)) return null;
  try {
    return await navigator.serviceWorker.register(WORKER_URL, { scope: "/", updateViaCache: "none" });
  } catch {
    // Private modes and some embedded browsers refuse workers: the app works online without it.
    return null;
  }
}

/** Sends a message to the active worker and waits (briefly) for its answer. */
export async function tellWorker(message: WorkerMessage, timeoutMs = 3000): Promise<boolean> {
  if (typeof navigator === "undefined" || !("serviceWorker" in navigator)) return false;
  const registration = await navigator.serviceWorker.getRegistration("/").catch(() => undefined);
  const worker = registration?.active;
  if (!worker) return false;
  return new Promise<boolean>((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(false), timeoutMs);
    channel.port1.onmessage = () => {
      clearTimeout(timer);
      resolve(true);
    };
    worker.postMessage(message, [channel.port2]);
  });
}
