"use client";

import { PassingNote, usePassingNote } from "@/components/ui/passing-note";
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
  const [note, show] = usePassingNote();
  useRealtimeEvent("agreements:changed", (payload) => {
    if (payload.actorId !== meId) show(`${partnerName} ${WORDS[payload.change]}.`);
  });
  return <PassingNote note={note} testId="live-note" />;
}
