import type { KeyIn } from "./keys";
import { wordsT, type Words } from "./words";

/**
 * The page's words for failures outside any screen (a request that never reached the server),
 * set by the root layout's ErrorWordsProvider. Browser-only state: one person per page.
 */
let shell: Words<KeyIn<"errorPage">> | null = null;

export function setShellWords(words: Words<KeyIn<"errorPage">>) {
  shell = words;
}

/** One of those words; English until the layout has given them (the very first paint). */
export function shellSay(key: KeyIn<"errorPage">, english: string): string {
  return shell ? wordsT(shell)(key) : english;
}
