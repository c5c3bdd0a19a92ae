import type { RatingView } from "@/lib/reviews/view";
import { ratingWords, type ReviewT } from "./words";

/** One person's rating: the number in words, five small marks, and their line. */
export function RatingCard({ who, rating, testId, t }: { who: string; rating: RatingView; testId?: string; t: ReviewT }) {
  const words = ratingWords(t, rating.rating);
  return (
    <div className="flex min-w-0 flex-col gap-1.5 rounded-2xl bg-sunken p-3" data-testid={testId}>
      <p className="text-sm font-semibold text-muted">{who}</p>
      <p className="text-lg font-semibold">
        {rating.rating} <span className="font-normal">· {words}</span>
      </p>
      <svg role="img" aria-label={t("rating.outOf", { rating: rating.rating })} viewBox="0 0 98 14" className="h-3.5 w-24">
        {[1, 2, 3, 4, 5].map((n) => (
          <circle key={n} cx={7 + (n - 1) * 21} cy={7} r={6} className={n <= rating.rating ? "fill-accent" : "fill-none stroke-muted"} strokeWidth={1.5} />
        ))}
      </svg>
      {rating.note ? <p className="text-base break-words">{t("quoted", { text: rating.note })}</p> : null}
    </div>
  );
}

/** Both ratings side by side, shown together (never one before the other exists). */
export function RatingPair({ mine, partner, meLabel, partnerLabel, t }: { mine: RatingView; partner: RatingView | null; meLabel: string; partnerLabel: string; t: ReviewT }) {
  return (
    <div className={`grid gap-2 ${partner ? "grid-cols-2" : "grid-cols-1"}`}>
      <RatingCard who={meLabel} rating={mine} testId="rating-mine" t={t} />
      {partner ? <RatingCard who={partnerLabel} rating={partner} testId="rating-partner" t={t} /> : null}
    </div>
  );
}
