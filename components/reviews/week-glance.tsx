import type { WeekGlance as Glance } from "@/lib/reviews/glance-model";
import { CheckInsChart } from "./charts/check-ins-chart";
import { PausesChart } from "./charts/pauses-chart";
import { ProposalsChart } from "./charts/proposals-chart";
import { REVIEW_COPY } from "./copy";

const dateFormat = (timeZone: string) => new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone });
// Day keys are already local dates ("2026-11-24"): name them without moving them through a zone.
const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });
const dayName = (key: string) => weekday.format(new Date(`${key}T12:00:00Z`));

/**
 * The week at a glance: check-ins kept against planned, the pauses we took and how they ended,
 * the proposals we decided. Takes its data as props (lib/reviews/glance.ts#weekGlance assembles
 * it), so the review, its saved summary and any other screen show the same thing.
 */
export function WeekGlance({ glance, heading = REVIEW_COPY.glanceTitle }: { glance: Glance; heading?: string }) {
  const long = dateFormat(glance.timeZone);
  const range = REVIEW_COPY.glanceIntro(long.format(glance.from), long.format(glance.to));
  return (
    <section aria-label={heading} className="flex flex-col gap-5 rounded-3xl border border-line bg-surface p-5" data-testid="week-glance">
      <header className="flex flex-col gap-1">
        <h2 className="text-lg font-semibold">{heading}</h2>
        <p className="text-sm text-muted">{range}</p>
      </header>
      <CheckInsChart checkIns={glance.checkIns} dayName={dayName} />
      <PausesChart glance={glance} dayName={dayName} />
      <ProposalsChart proposals={glance.proposals} />
    </section>
  );
}
