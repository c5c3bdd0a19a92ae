"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { pauseStore, type PauseSnapshot } from "@/lib/pause/client/store";
import { RECONVENE_WINDOW_MS } from "@/lib/pause/constants";
import { phaseAt, RECENT_OUTCOME_MS, TALK_REMINDER_MS, talkReminderDue, type PausePhase, type PauseView } from "@/lib/pause/state";

/** The shared pause store (state from the server, clock estimate, optimistic tap). */
export function usePauseSnapshot(): PauseSnapshot {
  return useSyncExternalStore(pauseStore.subscribe, pauseStore.getSnapshot, pauseStore.getServerSnapshot);
}

/**
 * The phase on the server's clock, re-evaluated exactly at its next boundary (zero, the end of a
 * recent outcome…) rather than on a polling interval.
 */
export function usePhase(pause: PauseView | null, offset: number): PausePhase {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!pause) return;
    // Boundaries still ahead of the phase we last rendered; one may already have passed in real
    // time (the clock estimate moved forward, or the tab slept): then re-render right away.
    const rendered = now + offset;
    const candidates = [
      pause.endsAt,
      pause.endsAt + RECONVENE_WINDOW_MS,
      pause.endedAt !== null ? pause.endedAt + RECENT_OUTCOME_MS : null,
      pause.reconveneAt,
    ].filter((b): b is number => b !== null && b > rendered);
    if (!candidates.length) return;
    const wait = Math.max(0, Math.min(Math.min(...candidates) - (Date.now() + offset) + 15, 2 ** 31 - 1));
    const timer = setTimeout(() => setNow(Date.now()), wait);
    const onVisible = () => document.visibilityState === "visible" && setNow(Date.now());
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [pause, offset, now]);
  return phaseAt(pause, now + offset);
}

/** True while the talk we scheduled is due (from its time, for half an hour); re-renders at both edges. */
export function useTalkReminder(pause: PauseView | null, offset: number): boolean {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (pause?.reconveneAt == null) return;
    const next = [pause.reconveneAt, pause.reconveneAt + TALK_REMINDER_MS].find((t) => t > now + offset);
    if (next === undefined) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, Math.min(next - (Date.now() + offset) + 15, 2 ** 31 - 1)));
    return () => clearTimeout(timer);
  }, [pause, offset, now]);
  return talkReminderDue(pause, now + offset);
}

/** Who is looking: their id, their partner's name and the time zone their times are shown in. */
export interface PauseViewer {
  userId: string;
  partnerName: string | null;
  timeZone: string;
}
