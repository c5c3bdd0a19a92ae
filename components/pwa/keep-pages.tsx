"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { tellWorker } from "@/lib/pwa/client/worker";
import { isKeptPage, WARM_PAGES, type WorkerMessage } from "@/lib/pwa/sw/policy";
import { useRealtimeEvent } from "@/lib/realtime/client/use-realtime";

/** Kept pages older than this are fetched again when a signed-in page loads. */
const ON_LOAD_MAX_AGE_MS = 5 * 60_000;
/** A screen reached by a client-side move is kept again at most this often. */
const ON_VISIT_MAX_AGE_MS = 60_000;
/** How long a screen stays open before the background fetches start. */
const SETTLE_MS = 3000;

/**
 * Keeps what opens offline current: once a signed-in page has been open a few seconds, the worker fetches Today,
 * our agreements, the pause and help in the background (unless kept recently); a screen reached
 * without a full page load is kept again; and when the couple's data changes, Today and the
 * agreements are kept again, so "the last known agreements" are the last ones we saw.
 */
export function KeepPagesOffline() {
  const pathname = usePathname();
  const first = useRef(true);
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const onLoad = first.current;
    first.current = false;
    if (!onLoad && !isKeptPage(pathname)) return;
    const message: WorkerMessage = onLoad
      ? { type: "warm", paths: [...new Set([pathname, ...WARM_PAGES])].filter((p) => isKeptPage(p) || p === "/help"), maxAgeMs: ON_LOAD_MAX_AGE_MS }
      : { type: "warm", paths: [pathname], maxAgeMs: ON_VISIT_MAX_AGE_MS };
    // Only for a screen someone stays on: passing through costs the server nothing extra.
    const timer = setTimeout(() => void navigator.serviceWorker.ready.then(() => tellWorker(message, 15_000)), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [pathname]);

  // At once: the worker finishes the fetch even if this page is left a moment later.
  useRealtimeEvent("couples:changed", () => {
    const paths = [...new Set(["/today", "/agreements", ...(isKeptPage(pathname) ? [pathname] : [])])];
    void tellWorker({ type: "warm", paths, maxAgeMs: 0 }, 15_000);
  });
  return null;
}
