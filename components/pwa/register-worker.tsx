"use client";

import { useEffect } from "react";
import { registerWorker } from "@/lib/pwa/client/worker";

/**
 * Registers the service worker (lib/pwa/sw) on every page of a production build. Development
 * serves pages straight from the compiler, where a worker's copies would only get in the way.
 */
export function RegisterWorker({ enabled }: { enabled: boolean }) {
  useEffect(() => {
    if (enabled) void registerWorker();
  }, [enabled]);
  return null;
}
