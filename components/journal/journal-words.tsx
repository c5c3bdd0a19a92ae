"use client";

import { createContext, useContext } from "react";
import type { KeyIn } from "@/lib/i18n/keys";
import type { Words } from "@/lib/i18n/words";

const JournalErrorWords = createContext<Words<KeyIn<"journal">> | null>(null);

/** The journal's error words, given by its layout: an error boundary gets no props from the server. */
export function JournalWordsProvider({ words, children }: { words: Words<KeyIn<"journal">>; children: React.ReactNode }) {
  return <JournalErrorWords value={words}>{children}</JournalErrorWords>;
}

export function useJournalErrorWords(): Words<KeyIn<"journal">> | null {
  return useContext(JournalErrorWords);
}
