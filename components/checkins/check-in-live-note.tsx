"use client";

import { PassingNote, usePassingNote } from "@/components/ui/passing-note";
import { useRealtimeEvent } from "@/lib/realtime/client/use-realtime";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";

/**
 * A quiet line when my partner logs a check-in or adds how it felt while I'm looking. The page
 * itself updates through couples:changed (RealtimeProvider refreshes it); this says who did what.
 */
export function CheckInLiveNote({ meId, partnerName, words }: { meId: string; partnerName: string; words: Words<KeyIn<"checkins">> }) {
  const t = wordsT(words);
  const [note, show] = usePassingNote();
  useRealtimeEvent("checkins:logged", (payload) => {
    if (payload.actorId === meId || payload.outcome === "updated") return;
    show(t(payload.outcome === "logged" ? "live.logged" : "live.joined", { name: partnerName }));
  });
  return <PassingNote note={note} testId="checkin-live-note" />;
}
