"use client";

import { PassingNote, usePassingNote } from "@/components/ui/passing-note";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";
import { useRealtimeEvent } from "@/lib/realtime/client/use-realtime";

/**
 * A quiet line when my partner proposes or answers something while I'm here. The page itself
 * updates through couples:changed (RealtimeProvider refreshes it); this only says who did what.
 */
export function LiveNote({ meId, partnerName, words }: { meId: string; partnerName: string; words: Words<KeyIn<"agreements">> }) {
  const t = wordsT(words);
  const [note, show] = usePassingNote();
  useRealtimeEvent("agreements:changed", (payload) => {
    if (payload.actorId !== meId) show(t(`live.${payload.change}`, { partner: partnerName }));
  });
  return <PassingNote note={note} testId="live-note" />;
}
