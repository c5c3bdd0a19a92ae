import { formatDate } from "@/lib/i18n/format";
import type { WeekGlance as Glance } from "@/lib/reviews/glance-model";
import { CheckInsChart } from "./charts/check-ins-chart";
import { PausesChart } from "./charts/pauses-chart";
import { ProposalsChart } from "./charts/proposals-chart";
import { dayName } from "./glance-words";
import type { ReviewSay } from "./words";

/**
 * The week at a glance: check-ins kept against planned, the pauses we took and how they ended,
 * the proposals we decided. Takes its data as props (lib/reviews/glance.ts#weekGlance assembles
 * it), so the review, its saved summary and any other screen show the same thing.
 */
export function WeekGlance({ glance, say, heading }: { glance: Glance; say: ReviewSay; heading?: string }) {
  const { t, locale } = say;
  const title = heading ?? t("glance.title");
  const long = (at: number) => formatDate(locale, glance.timeZone, at, "dayLong");
  const day = (key: string) => dayName(locale, key);
  return (
    <section aria-label={title} className="flex flex-col gap-5 rounded-3xl border border-line bg-surface p-5" data-testid="week-glance">
      <header className="flex flex-col gap-1">
        <h2 className="text-lg font-semibold">{title}</h2>
        <p className="text-sm text-muted">{t("glance.range", { from: long(glance.from), to: long(glance.to) })}</p>
      </header>
      <CheckInsChart checkIns={glance.checkIns} dayName={day} say={say} />
      <PausesChart glance={glance} dayName={day} say={say} />
      <ProposalsChart proposals={glance.proposals} say={say} />
    </section>
  );
}
