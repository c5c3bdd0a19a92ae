"use client";

import { useEffect, useState } from "react";
import type { AgreementsChangedPayload } from "@/lib/realtime/events";
import { useRealtimeEvent } from "@/lib/realtime/client/use-realtime";

const WORDS: Record<AgreementsChangedPayload["change"], string> = {
  proposed: "has a proposal for us",
  countered: "suggested something different",
  accepted: "said yes",
  declined: "passed on a proposal, for now",
  withdrawn: "withdrew a proposal",
};

/**
 * A quiet line when my partner proposes or answers something while I'm here. The page itself
 * updates through couples:changed (RealtimeProvider refreshes it); this only says who did what.
 */
export function LiveNote({ meId, partnerName }: { meId: string; partnerName: string }) {
  const [note, setNote] = useState<string | null>(null);
  useRealtimeEvent("agreements:changed", (payload) => {
    if (payload.actorId !== meId) setNote(`${partnerName} ${WORDS[payload.change]}.`);
  });
  useEffect(() => {
    if (!note) return;
    const timer = setTimeout(() => setNote(null), 6000);
    return () => clearTimeout(timer);
  }, [note]);
  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 top-3 z-30 flex justify-center px-4">
      {note ? (
        <p data-testid="live-note" className="rounded-2xl border border-calm bg-calm-soft px-4 py-2 text-base text-ink shadow-sm">
          {note}
        </p>
      ) : null}
    </div>
  );
}
