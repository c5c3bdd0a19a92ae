import type { ProposalCounts } from "@/lib/reviews/glance-model";
import { PROPOSAL_ROWS, proposalsSummary } from "../glance-words";
import type { ReviewSay } from "../words";
import { ChartFigure } from "./chart-figure";

/** How the week's proposals were decided, as short bars: only the kinds that happened. */
export function ProposalsChart({ proposals, say }: { proposals: ProposalCounts; say: ReviewSay }) {
  const { t, locale } = say;
  const rows = PROPOSAL_ROWS.filter((key) => proposals[key] > 0);
  const most = Math.max(1, ...rows.map((key) => proposals[key]));
  const summary = proposalsSummary(t, locale, proposals);
  return (
    <ChartFigure title={t("glance.proposalsTitle")} summary={summary} testId="glance-proposals">
      {rows.length ? (
        // Words in HTML, not in the SVG: a long label (or larger text) wraps instead of running into its bar.
        // The caption says the same in a sentence, so the picture is hidden from screen readers.
        <ul aria-hidden className="flex max-w-sm flex-col gap-2">
          {rows.map((key) => (
            <li key={key} className="flex flex-col gap-1">
              <span className="flex items-baseline justify-between gap-3 text-sm">
                <span className="min-w-0 break-words">{t(`glance.proposals.${key}`)}</span>
                <span className="shrink-0 font-semibold">{proposals[key]}</span>
              </span>
              <svg viewBox="0 0 100 8" preserveAspectRatio="none" className="h-2 w-full">
                <rect x={0} y={0} width={Math.max(4, (proposals[key] / most) * 100)} height={8} rx={4} className={key === "accepted" ? "fill-accent" : "fill-calm"} />
              </svg>
            </li>
          ))}
        </ul>
      ) : null}
    </ChartFigure>
  );
}
