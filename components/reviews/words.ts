import type { Kind } from "@/lib/agreements/schemas";
import type { Locale } from "@/lib/i18n/config";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words, type WordsT } from "@/lib/i18n/words";
import { sayItemTitle, type ItemTitle, type TitleKey } from "@/lib/reviews/item-title";

/**
 * The weekly review's words: the `review` namespace, compiled on the server (clientWords("review"))
 * and read with wordsT, the same on server-rendered screens (summary, history) and in the live
 * session's island. Warm, plain, "we"-framed; a rating is how a week felt for one of us, never a score.
 */
export type ReviewKey = KeyIn<"review">;
export type ReviewWords = Words<ReviewKey>;
export type ReviewT = WordsT<ReviewKey>;

/** What every review component speaks with: the words, the reader's language, and agreement kinds' names. */
export interface ReviewSay {
  t: ReviewT;
  locale: Locale;
  /** "Check-in", "Need"… in the reader's words (agreements.kinds.*.one). */
  kinds: Record<Kind, string>;
  /** An item's title in the reader's words (lib/reviews/item-title.ts). */
  title: (title: ItemTitle) => string;
}

/** The agreements' words a title may need, compiled: clientWords("agreements", TITLE_KEYS). */
export type TitleWords = Words<TitleKey>;

/** The one way every review screen (the island and the server-rendered ones) builds its ReviewSay. */
export function reviewSay(words: ReviewWords, kinds: Record<Kind, string>, titleWords: TitleWords): ReviewSay {
  const titleT = wordsT(titleWords);
  return { t: wordsT(words), locale: words.locale, kinds, title: (title) => sayItemTitle(title, titleT) };
}

/** "Good" for 4: a rating's words (1 to 5). */
export function ratingWords(t: ReviewT, rating: number): string {
  return t(`rating.words.${rating}` as ReviewKey);
}
