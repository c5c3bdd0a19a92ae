"use client";

import { useEffect } from "react";
import { useReviewErrorWords } from "@/components/reviews/error-words";
import type { ReviewWords } from "@/components/reviews/words";
import { Button, LinkButton } from "@/components/ui/button";
import { wordsT } from "@/lib/i18n/words";

// If the layout itself failed, English.
const ENGLISH = {
  locale: "en",
  m: {
    "loadError.title": "Our review didn’t load",
    "loadError.body": "Something went wrong on our side. Nothing is lost: the review is kept where we left it. Let’s try again.",
    "loadError.retry": "Try again",
    "loadError.back": "Back to Today",
  },
} as const;

/** The review didn't load: say so plainly and offer a retry. The server keeps where we were. */
export default function ReviewError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const t = wordsT(useReviewErrorWords() ?? (ENGLISH as unknown as ReviewWords));
  return (
    <div className="flex flex-col gap-4 pt-6" data-testid="review-load-error">
      <h1 className="text-2xl font-semibold">{t("loadError.title")}</h1>
      <p className="text-muted">{t("loadError.body")}</p>
      <Button onClick={reset}>{t("loadError.retry")}</Button>
      <LinkButton href="/today" variant="secondary">
        {t("loadError.back")}
      </LinkButton>
    </div>
  );
}
