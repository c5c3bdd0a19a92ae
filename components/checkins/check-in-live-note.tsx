"use client";

import { PassingNote, usePassingNote } from "@/components/ui/passing-note";
import { useRealtimeEvent } from "@/lib/realtime/client/use-realtime";
import { CHECK_IN_WORDS } from "./words";

/**
 * A quiet line when my partner logs a check-in or adds how it felt while I'm looking. The page
 * itself updates through couples:changed (RealtimeProvider refreshes it); this says who did what.
 */
export function CheckInLiveNote({ meId, partnerName }: { meId: string; partnerName: string }) {
  const [note, show] = usePassingNote();
  useRealtimeEvent("checkins:logged", (payload) => {
    if (payload.actorId === meId || payload.outcome === "updated") return;
    show(payload.outcome === "logged" ? CHECK_IN_WORDS.live.logged(partnerName) : CHECK_IN_WORDS.live.joined(partnerName));
  });
  return <PassingNote note={note} testId="checkin-live-note" />;
}
