import "server-only";
import { KINDS, type Kind } from "@/lib/agreements/constants";
import { clientWords, getT } from "@/lib/i18n/server";
import { TITLE_KEYS } from "@/lib/reviews/item-title";
import { reviewSay, type ReviewSay, type ReviewWords, type TitleWords } from "./words";

/**
 * The review's words for this request: compiled for the live session's island (`words`, `kinds`,
 * `titleWords` as props) and as a ReviewSay for the screens the server renders (summary, history, the aside).
 */
export async function reviewWords(): Promise<{ words: ReviewWords; kinds: Record<Kind, string>; titleWords: TitleWords; say: ReviewSay }> {
  const [words, agreements, titleWords] = await Promise.all([clientWords("review"), getT("agreements"), clientWords("agreements", TITLE_KEYS)]);
  const kinds = Object.fromEntries(KINDS.map((kind) => [kind, agreements(`kinds.${kind}.one`)])) as Record<Kind, string>;
  return { words, kinds, titleWords, say: reviewSay(words, kinds, titleWords) };
}
