"use client";

import { useEffect } from "react";
import { useErrorWords } from "@/components/i18n/error-words";
import { Button } from "@/components/ui/button";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";

// Before the layout's words arrive (or if the layout itself failed), English.
const ENGLISH = {
  locale: "en",
  m: {
    heading: "This screen didn’t load",
    body: "Something went wrong on our side. Your agreements and notes are safe. Try again, and if it keeps happening, reload the page.",
    retry: "Try again",
    unreachable: "We couldn’t reach Steady. Check your connection and try again.",
  },
} as const satisfies Words<KeyIn<"errorPage">>;

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = wordsT(useErrorWords() ?? ENGLISH);
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-6">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <p className="text-muted">{t("body")}</p>
      <Button onClick={reset}>{t("retry")}</Button>
    </main>
  );
}
