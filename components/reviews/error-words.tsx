"use client";

import { createContext, useContext } from "react";
import type { ReviewWords } from "./words";

const ReviewErrorWords = createContext<ReviewWords | null>(null);

/** The review's error words, given by its layout: an error boundary gets no props from the server. */
export function ReviewWordsProvider({ words, children }: { words: ReviewWords; children: React.ReactNode }) {
  return <ReviewErrorWords value={words}>{children}</ReviewErrorWords>;
}

export function useReviewErrorWords(): ReviewWords | null {
  return useContext(ReviewErrorWords);
}
