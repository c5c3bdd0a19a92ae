import Link from "next/link";
import { formatDate } from "@/lib/i18n/format";
import { OUTCOMES } from "@/lib/reviews/constants";
import type { ReviewView } from "@/lib/reviews/view";
import { nameOf, type ReviewPeople } from "./people";
import type { ReviewSay } from "./words";

/** Our finished reviews, newest first, each a way into its summary. */
export function PastReviews({ reviews, people, timeZone, say }: { reviews: ReviewView[]; people: ReviewPeople; timeZone: string; say: ReviewSay }) {
  const { t, locale } = say;
  return (
    <ol className="flex flex-col gap-2" data-testid="past-reviews">
      {reviews.map((r) => {
        const who =
          r.mode === "TOGETHER" ? t("history.modeTogether") : r.startedById === people.meId ? t("history.modeAlone") : t("history.modeAloneOf", { name: nameOf(people, r.startedById, t) });
        const counts = OUTCOMES.map((o) => [o, r.items.filter((i) => i.outcome === o).length] as const)
          .filter(([, count]) => count > 0)
          .map(([o, count]) => t(`history.counts.${o}`, { count }));
        return (
          <li key={r.id}>
            <Link href={`/review/${r.id}`} className="flex min-h-14 flex-col justify-center rounded-2xl border border-line bg-surface px-4 py-3">
              <span className="font-semibold">{formatDate(locale, timeZone, r.startedAt, "dayLong")}</span>
              <span className="text-sm text-muted">{[who, r.completed ? null : t("history.unfinished"), counts.join(" · ")].filter(Boolean).join(" — ")}</span>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
