"use client";

import { createContext, useContext } from "react";
import type { KeyIn } from "@/lib/i18n/keys";
import { setShellWords } from "@/lib/i18n/shell";
import type { Words } from "@/lib/i18n/words";

const ErrorWordsContext = createContext<Words<KeyIn<"errorPage">> | null>(null);

/**
 * The words for when things go wrong, given by the root layout: an error boundary gets no props
 * from the server, and a failed request has no screen of its own, so these few words wait here,
 * in the person's language, in case they are needed.
 */
export function ErrorWordsProvider({ words, children }: { words: Words<KeyIn<"errorPage">>; children: React.ReactNode }) {
  setShellWords(words);
  return <ErrorWordsContext value={words}>{children}</ErrorWordsContext>;
}

export function useErrorWords(): Words<KeyIn<"errorPage">> | null {
  return useContext(ErrorWordsContext);
}
