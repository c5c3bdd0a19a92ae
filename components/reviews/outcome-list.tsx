import type { ReviewView } from "@/lib/reviews/view";
import type { ReviewSay } from "./words";

/** What we decided per agreement, in one short list. */
export function OutcomeList({ items, say }: { items: ReviewView["items"]; say: ReviewSay }) {
  const { t } = say;
  return (
    <ol className="flex flex-col divide-y divide-line rounded-3xl border border-line bg-surface" data-testid="outcomes">
      {items.map((item) => (
        <li key={item.id} className="flex items-baseline justify-between gap-3 px-4 py-3">
          <span className="min-w-0 break-words">{say.title(item.title)}</span>
          <span className="shrink-0 text-sm font-semibold text-muted">{item.outcome ? t(`decide.short.${item.outcome}`) : t("decide.notDecided")}</span>
        </li>
      ))}
    </ol>
  );
}
