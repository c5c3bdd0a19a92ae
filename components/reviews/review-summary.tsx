import { KIND_LABELS } from "@/lib/agreements/kind-labels";
import type { WeekGlance as Glance } from "@/lib/reviews/glance-model";
import type { ReviewView } from "@/lib/reviews/view";
import { REVIEW_COPY } from "./copy";
import { nameOf, type ReviewPeople } from "./people";
import { RatingCard } from "./rating-pair";
import { WeekGlance } from "./week-glance";

/**
 * A finished review as it was saved: what we decided about each agreement, the ratings that may
 * be shown (never one that doesn't exist), and the week at a glance that opened it.
 */
export function ReviewSummary({ view, glance, people, timeZone }: { view: ReviewView; glance: Glance | null; people: ReviewPeople; timeZone: string }) {
  const date = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone }).format(view.startedAt);
  const starter = nameOf(people, view.startedById);
  return (
    <div className="flex flex-col gap-5" data-testid="review-summary">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">{REVIEW_COPY.summaryTitle(date)}</h1>
        {view.mode === "ALONE" ? (
          <p className="rounded-2xl bg-sunken px-4 py-3" data-testid="summary-alone">
            {view.startedById === people.meId ? REVIEW_COPY.summaryAloneMe : REVIEW_COPY.summaryAlone(starter)}
          </p>
        ) : null}
        {!view.completed ? <p className="text-muted">{REVIEW_COPY.summaryUnfinished}</p> : null}
      </header>
      <ol className="flex flex-col gap-3">
        {view.items.map((item) => (
          <li key={item.id} className="flex flex-col gap-3 rounded-3xl border border-line bg-surface p-4" data-testid="summary-item">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <p className="text-sm text-muted">{KIND_LABELS[item.kind].one}</p>
                <h2 className="text-lg font-semibold break-words">{item.title}</h2>
              </div>
              <p className="shrink-0 rounded-full bg-sunken px-3 py-1 text-sm font-semibold">{item.outcome ? REVIEW_COPY.decidedShort[item.outcome] : REVIEW_COPY.notDecided}</p>
            </div>
            {item.mine || item.partner ? (
              <div className={`grid gap-2 ${item.mine && item.partner ? "grid-cols-2" : "grid-cols-1"}`}>
                {item.mine ? <RatingCard who={REVIEW_COPY.you} rating={item.mine} /> : null}
                {item.partner ? <RatingCard who={view.mode === "ALONE" ? starter : people.partnerName} rating={item.partner} /> : null}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {glance ? <WeekGlance glance={glance} /> : null}
    </div>
  );
}
