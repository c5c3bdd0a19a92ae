import type { Kind } from "@/lib/agreements/schemas";
import type { Locale } from "@/lib/i18n/config";
import type { KeyIn } from "@/lib/i18n/keys";
import type { Words, WordsT } from "@/lib/i18n/words";

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
}

/** "Good" for 4: a rating's words (1 to 5). */
export function ratingWords(t: ReviewT, rating: number): string {
  return t(`rating.words.${rating}` as ReviewKey);
}
