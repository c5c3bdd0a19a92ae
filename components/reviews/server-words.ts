import "server-only";
import { KINDS, type Kind } from "@/lib/agreements/constants";
import { clientWords, getT } from "@/lib/i18n/server";
import { wordsT } from "@/lib/i18n/words";
import type { ReviewSay, ReviewWords } from "./words";

/**
 * The review's words for this request: compiled for the live session's island (`words`, `kinds`
 * as props) and as a ReviewSay for the screens the server renders (summary, history, the aside).
 */
export async function reviewWords(): Promise<{ words: ReviewWords; kinds: Record<Kind, string>; say: ReviewSay }> {
  const [words, agreements] = await Promise.all([clientWords("review"), getT("agreements")]);
  const kinds = Object.fromEntries(KINDS.map((kind) => [kind, agreements(`kinds.${kind}.one`)])) as Record<Kind, string>;
  return { words, kinds, say: { t: wordsT(words), locale: words.locale, kinds } };
}
