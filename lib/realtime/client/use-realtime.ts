"use client";

import { useEffect, useRef } from "react";
import type { ServerToClientEvents } from "../events";
import { onSocket } from "./socket";

/** Subscribes to a server event for the component's lifetime; the latest handler is always used. */
export function useRealtimeEvent<E extends keyof ServerToClientEvents>(event: E, handler: ServerToClientEvents[E]) {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => {
    const listener = ((...args: unknown[]) => (ref.current as (...a: unknown[]) => void)(...args)) as never;
    return onSocket(event, listener);
  }, [event]);
}
