import { formatDate } from "@/lib/i18n/format";
import type { WeekGlance as Glance } from "@/lib/reviews/glance-model";
import type { ReviewView } from "@/lib/reviews/view";
import { nameOf, type ReviewPeople } from "./people";
import { RatingCard } from "./rating-pair";
import { WeekGlance } from "./week-glance";
import type { ReviewSay } from "./words";

/**
 * A finished review as it was saved: what we decided about each agreement, the ratings that may
 * be shown (never one that doesn't exist), and the week at a glance that opened it.
 */
export function ReviewSummary({ view, glance, people, timeZone, say }: { view: ReviewView; glance: Glance | null; people: ReviewPeople; timeZone: string; say: ReviewSay }) {
  const { t, locale } = say;
  const date = formatDate(locale, timeZone, view.startedAt, "dayLong");
  const starter = nameOf(people, view.startedById, t);
  return (
    <div className="flex flex-col gap-5" data-testid="review-summary">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">{t("summary.title", { date })}</h1>
        {view.mode === "ALONE" ? (
          <p className="rounded-2xl bg-sunken px-4 py-3" data-testid="summary-alone">
            {view.startedById === people.meId ? t("summary.aloneMe") : t("summary.alone", { name: starter })}
          </p>
        ) : null}
        {!view.completed ? <p className="text-muted">{t("summary.unfinished")}</p> : null}
      </header>
      <ol className="flex flex-col gap-3">
        {view.items.map((item) => (
          <li key={item.id} className="flex flex-col gap-3 rounded-3xl border border-line bg-surface p-4" data-testid="summary-item">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <p className="text-sm text-muted">{say.kinds[item.kind]}</p>
                <h2 className="text-lg font-semibold break-words">{say.title(item.title)}</h2>
              </div>
              <p className="shrink-0 rounded-full bg-sunken px-3 py-1 text-sm font-semibold">{item.outcome ? t(`decide.short.${item.outcome}`) : t("decide.notDecided")}</p>
            </div>
            {item.mine || item.partner ? (
              <div className={`grid gap-2 ${item.mine && item.partner ? "grid-cols-2" : "grid-cols-1"}`}>
                {item.mine ? <RatingCard who={t("people.me")} rating={item.mine} t={t} /> : null}
                {item.partner ? <RatingCard who={view.mode === "ALONE" ? starter : people.partnerName} rating={item.partner} t={t} /> : null}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {glance ? <WeekGlance glance={glance} say={say} /> : null}
    </div>
  );
}
