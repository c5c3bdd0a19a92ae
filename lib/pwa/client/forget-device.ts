"use client";

import { clearPrivateBrowserData } from "../../journal/client/local-draft";
import { tellWorker } from "./worker";

/** Every key Steady keeps in this browser's storage starts with this. */
export const STORAGE_PREFIX = "steady:";

function clearStorage(storage: Storage) {
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => !!k?.startsWith(STORAGE_PREFIX));
  for (const key of keys) storage.removeItem(key);
}

/** Caches that hold something of a person: their kept pages, and whose they were. */
function isPersonal(cacheName: string): boolean {
  return cacheName.startsWith("steady-") && (cacheName.includes("-pages-") || cacheName === "steady-meta");
}

async function deletePersonalCaches() {
  try {
    if ("caches" in window) for (const name of await caches.keys()) if (isPersonal(name)) await caches.delete(name);
  } catch {
    /* no CacheStorage (an insecure origin): nothing kept */
  }
}

/**
 * On sign-out and account deletion: nothing of this person stays in the browser. The worker
 * forgets whose pages it kept, and every cache holding anything of theirs is deleted (from the
 * page too, so it works when the worker is gone or busy); so is everything Steady wrote to
 * storage (journal drafts, the last known pause, a pause waiting to be sent). The build's own
 * files and the public offline page stay: they are the same for everyone.
 */
export async function forgetThisDevice(): Promise<void> {
  clearPrivateBrowserData();
  try {
    clearStorage(window.localStorage);
    clearStorage(window.sessionStorage);
  } catch {
    /* storage disabled: nothing kept */
  }
  await tellWorker({ type: "forget" }).catch(() => false);
  await deletePersonalCaches();
}

/**
 * Leaving the couple: the kept pages showed our shared space, which has ended for me; they go,
 * the rest of what is mine (my journal drafts) stays.
 */
export async function forgetSharedPages(): Promise<void> {
  await tellWorker({ type: "forget" }).catch(() => false);
  await deletePersonalCaches();
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((k): k is string => !!k?.startsWith(`${STORAGE_PREFIX}pause`));
    for (const key of keys) localStorage.removeItem(key);
  } catch {
    /* nothing kept */
  }
}
