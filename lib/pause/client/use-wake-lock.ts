"use client";

import { useEffect } from "react";

type Sentinel = { release: () => Promise<void>; addEventListener: (t: "release", fn: () => void) => void };
type WakeLockNavigator = Navigator & { wakeLock?: { request: (type: "screen") => Promise<Sentinel> } };

/**
 * Keeps the screen on while `active` (Screen Wake Lock API, where supported). The browser drops
 * the lock when the page is hidden, so it is asked for again when the page is visible.
 */
export function useWakeLock(active: boolean) {
  useEffect(() => {
    const wakeLock = (navigator as WakeLockNavigator).wakeLock;
    if (!active || !wakeLock) return;
    let sentinel: Sentinel | null = null;
    let cancelled = false;
    const acquire = async () => {
      if (document.visibilityState !== "visible" || sentinel) return;
      try {
        const s = await wakeLock.request("screen");
        if (cancelled) return void s.release().catch(() => undefined);
        sentinel = s;
        s.addEventListener("release", () => {
          if (sentinel === s) sentinel = null;
        });
      } catch {
        // Low battery or not allowed: the countdown still works, the screen may just dim.
      }
    };
    const onVisible = () => void acquire();
    void acquire();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      cancelled = true;
      document.removeEventListener("visibilitychange", onVisible);
      void sentinel?.release().catch(() => undefined);
      sentinel = null;
    };
  }, [active]);
}
