"use client";

import { useEffect, useState } from "react";
import { useRealtimeEvent } from "@/lib/realtime/client/use-realtime";
import { CHECK_IN_WORDS } from "./words";

/**
 * A quiet line when my partner logs a check-in or adds how it felt while I'm looking. The page
 * itself updates through couples:changed (RealtimeProvider refreshes it); this says who did what.
 */
export function CheckInLiveNote({ meId, partnerName }: { meId: string; partnerName: string }) {
  const [note, setNote] = useState<string | null>(null);
  useRealtimeEvent("checkins:logged", (payload) => {
    if (payload.actorId === meId || payload.outcome === "updated") return;
    setNote(payload.outcome === "logged" ? CHECK_IN_WORDS.live.logged(partnerName) : CHECK_IN_WORDS.live.joined(partnerName));
  });
  useEffect(() => {
    if (!note) return;
    const timer = setTimeout(() => setNote(null), 6000);
    return () => clearTimeout(timer);
  }, [note]);
  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 top-3 z-30 flex justify-center px-4">
      {note ? (
        <p data-testid="checkin-live-note" className="rounded-2xl border border-calm bg-calm-soft px-4 py-2 text-base text-ink shadow-sm">
          {note}
        </p>
      ) : null}
    </div>
  );
}
