"use client";

import { useJournalErrorWords } from "@/components/journal/journal-words";
import { Button, LinkButton } from "@/components/ui/button";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";

// If the layout itself failed, English.
const ENGLISH = {
  locale: "en",
  m: {
    "error.heading": "Your journal didn’t open",
    "error.body": "Something went wrong on our side. What you wrote is safe, and anything unsaved is kept on this phone. Let’s try again.",
    "error.retry": "Try again",
    "error.back": "Back to Today",
  },
} as const satisfies Words<"error.heading" | "error.body" | "error.retry" | "error.back">;

/** The journal didn't open: say so plainly. Nothing written is lost (drafts are also on this phone). */
export default function JournalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const words = (useJournalErrorWords() ?? ENGLISH) as Words<KeyIn<"journal">>;
  const t = wordsT(words);
  return (
    <div className="flex flex-col gap-4 pt-6" data-testid="journal-error">
      <h1 className="text-2xl font-semibold">{t("error.heading")}</h1>
      <p className="text-muted">{t("error.body")}</p>
      <Button onClick={reset}>{t("error.retry")}</Button>
      <LinkButton href="/today" variant="secondary">
        {t("error.back")}
      </LinkButton>
    </div>
  );
}
