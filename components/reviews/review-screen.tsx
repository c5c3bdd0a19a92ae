"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { WeekGlance as Glance } from "@/lib/reviews/glance-model";
import { useReview } from "@/lib/reviews/client/use-review";
import type { ReviewMode } from "@/lib/reviews/constants";
import type { ReviewView } from "@/lib/reviews/view";
import type { ReviewPeople } from "./people";
import { ReviewSession } from "./review-session";
import { WeekGlance } from "./week-glance";
import { reviewSay, type ReviewWords, type TitleWords } from "./words";
import type { Kind } from "@/lib/agreements/schemas";

interface Props {
  initial: ReviewView | null;
  /** This week at a glance (the start screen), and the open review's week (its first step). */
  glance: Glance;
  reviewGlance: Glance | null;
  people: ReviewPeople;
  canStart: boolean;
  /** Server-rendered: our rhythm and a way to past reviews. */
  aside: ReactNode;
  /** The review namespace, compiled (clientWords("review")), and kinds' names in the reader's words. */
  words: ReviewWords;
  kinds: Record<Kind, string>;
  /** The agreements' words for items' titles (a pause rule's, a need's), in the reader's language. */
  titleWords: TitleWords;
}

/**
 * /review: the start (our week at a glance, then "Start our review" or "Review on my own"), the
 * live session, or — when the partner is reviewing alone — a note saying so. The review that is
 * open decides which, as the server says it right now; when it ends, both go to its summary.
 */
export function ReviewScreen({ initial, glance, reviewGlance, people, canStart, aside, words, kinds, titleWords }: Props) {
  const say = reviewSay(words, kinds, titleWords);
  const { t } = say;
  const router = useRouter();
  const { view, send, sync } = useReview(initial);
  const [starting, setStarting] = useState<ReviewMode | null>(null);
  const [error, setError] = useState<string | null>(null);
  const finishedId = view?.finishedAt ? view.id : null;
  const justEnded = finishedId !== null && finishedId !== (initial?.finishedAt ? initial.id : null);

  useEffect(() => {
    if (justEnded) router.push(`/review/${finishedId}`);
  }, [justEnded, finishedId, router]);

  const start = async (mode: ReviewMode) => {
    setStarting(mode);
    const result = await send("reviews.start", { mode });
    setStarting(null);
    setError(result.ok ? null : result.error);
  };

  if (view && !view.finishedAt) {
    if (view.mode === "ALONE" && view.startedById !== people.meId) {
      return (
        <div className="flex flex-col gap-5" data-testid="partner-alone">
          <Notice tone="calm">{t("page.partnerAlone", { partner: people.partnerName })}</Notice>
          {aside}
        </div>
      );
    }
    return <ReviewSession view={view} glance={reviewGlance && reviewGlance.to === view.startedAt ? reviewGlance : glance} people={people} send={send} sync={sync} say={say} />;
  }

  return (
    <div className="flex flex-col gap-5" data-testid="review-start">
      <WeekGlance glance={glance} say={say} />
      {canStart ? (
        <section className="flex flex-col gap-2" aria-label={t("page.startTogether")}>
          <Button type="button" disabled={!!starting || justEnded} onClick={() => void start("TOGETHER")} data-testid="start-together">
            {t("page.startTogether")}
          </Button>
          <Button type="button" variant="secondary" disabled={!!starting || justEnded} onClick={() => void start("ALONE")} data-testid="start-alone">
            {t("page.startAlone")}
          </Button>
          <p className="text-sm text-muted">{t("page.aloneHint", { partner: people.partnerName })}</p>
        </section>
      ) : null}
      {error ? (
        <Notice tone="error" testId="review-error">
          {error}
        </Notice>
      ) : null}
      {aside}
    </div>
  );
}
