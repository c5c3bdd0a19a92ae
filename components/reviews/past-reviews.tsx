import Link from "next/link";
import type { ReviewView } from "@/lib/reviews/view";
import { REVIEW_COPY } from "./copy";
import { nameOf, type ReviewPeople } from "./people";

const OUTCOME_PAST = { KEEP: "kept", REVISE: "revised", RETIRE: "retired" } as const;

/** Our finished reviews, newest first, each a way into its summary. */
export function PastReviews({ reviews, people, timeZone }: { reviews: ReviewView[]; people: ReviewPeople; timeZone: string }) {
  const date = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "long", timeZone });
  return (
    <ol className="flex flex-col gap-2" data-testid="past-reviews">
      {reviews.map((r) => {
        const who = r.mode === "TOGETHER" ? REVIEW_COPY.modeTogether : r.startedById === people.meId ? REVIEW_COPY.modeAlone : REVIEW_COPY.modeAloneOf(nameOf(people, r.startedById));
        const counts = (["KEEP", "REVISE", "RETIRE"] as const)
          .map((o) => [o, r.items.filter((i) => i.outcome === o).length] as const)
          .filter(([, count]) => count > 0)
          .map(([o, count]) => `${count} ${OUTCOME_PAST[o]}`);
        return (
          <li key={r.id}>
            <Link href={`/review/${r.id}`} className="flex min-h-14 flex-col justify-center rounded-2xl border border-line bg-surface px-4 py-3">
              <span className="font-semibold">{date.format(r.startedAt)}</span>
              <span className="text-sm text-muted">{[who, r.completed ? null : REVIEW_COPY.unfinished, counts.join(" · ")].filter(Boolean).join(" — ")}</span>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
