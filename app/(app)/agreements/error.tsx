"use client";

import { useEffect } from "react";
import { useErrorWords } from "@/components/i18n/error-words";
import { Button, LinkButton } from "@/components/ui/button";
import { wordsT } from "@/lib/i18n/words";

/** Agreements didn't load: say so plainly and offer a retry. Nothing was lost. */
export default function AgreementsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const words = useErrorWords();
  // The root layout always gives these words; without them (never expected) the keys stay readable.
  const t = words ? wordsT(words) : (key: string) => key;
  return (
    <div className="flex flex-col gap-4 pt-6" data-testid="agreements-error">
      <h1 className="text-2xl font-semibold">{t("agreementsHeading")}</h1>
      <p className="text-muted">{t("agreementsBody")}</p>
      <Button onClick={reset}>{t("retry")}</Button>
      <LinkButton href="/today" variant="secondary">
        {t("backToToday")}
      </LinkButton>
    </div>
  );
}
