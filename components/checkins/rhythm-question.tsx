"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { runOperation } from "@/lib/operations/client/run-operation";
import type { DayWords } from "@/lib/checkins/format";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";

/**
 * Asked once after a check-in slipped by: "does this rhythm still fit us?". Either answer is one
 * tap and is remembered, so the question does not come back about the same check-in. Proposing a
 * change opens the change form, already filled in with what we agreed.
 */
export function RhythmQuestion({ agreementId, day, words }: { agreementId: string; day: DayWords; words: Words<KeyIn<"checkins">> }) {
  const t = wordsT(words);
  const router = useRouter();
  const [gone, setGone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const changeHref = `/agreements/${agreementId}/change`;
  if (gone) return null;

  const answer = (kind: "STILL_FITS" | "PROPOSE_CHANGE") =>
    start(async () => {
      const result = await runOperation("checkins.answerRhythmQuestion", { agreementId, answer: kind });
      if (kind === "PROPOSE_CHANGE") return router.push(changeHref);
      if (!result.ok) return setError(result.error);
      setGone(true);
      router.refresh();
    });

  return (
    <section
      className="flex flex-col gap-3 rounded-3xl border border-calm bg-calm-soft p-5"
      data-testid="rhythm-question"
      aria-labelledby={`question-${agreementId}`}
    >
      <h2 id={`question-${agreementId}`} className="text-lg font-semibold">
        {t("question.title")}
      </h2>
      <p>{t("question.body", { ...day })}</p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="flex flex-col gap-2">
        {/* A link underneath, so it still works before the page's script has loaded. */}
        <Link
          href={changeHref}
          className={buttonClass("secondary")}
          data-testid="question-change"
          onClick={(e) => {
            e.preventDefault();
            answer("PROPOSE_CHANGE");
          }}
        >
          {t("question.change")}
        </Link>
        <Button type="button" variant="quiet" disabled={pending} onClick={() => answer("STILL_FITS")} data-testid="question-fits">
          {t("question.fits")}
        </Button>
      </div>
    </section>
  );
}
