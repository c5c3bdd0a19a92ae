"use client";

import { useEffect } from "react";
import { useErrorWords } from "@/components/i18n/error-words";
import { Button } from "@/components/ui/button";
import { wordsT } from "@/lib/i18n/words";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const words = useErrorWords();
  // The root layout always gives these words (this boundary renders inside it).
  const t = words ? wordsT(words) : (key: string) => key;
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
