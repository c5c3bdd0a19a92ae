import type { ProposalCounts } from "@/lib/reviews/glance-model";
import { GLANCE_COPY } from "../copy";
import { ChartFigure } from "./chart-figure";

/** How the week's proposals were decided, as short bars: only the kinds that happened. */
export function ProposalsChart({ proposals }: { proposals: ProposalCounts }) {
  const rows = GLANCE_COPY.proposalRows.filter(([key]) => proposals[key] > 0);
  const most = Math.max(1, ...rows.map(([key]) => proposals[key]));
  const summary = GLANCE_COPY.proposalsSummary(proposals);
  return (
    <ChartFigure title={GLANCE_COPY.proposalsTitle} summary={summary} testId="glance-proposals">
      {rows.length ? (
        <svg role="img" aria-label={summary} viewBox={`0 0 300 ${rows.length * 34}`} className="w-full max-w-sm">
          {rows.map(([key, label], i) => {
            const y = i * 34;
            const length = Math.max(6, (proposals[key] / most) * 150);
            return (
              <g key={key}>
                <text x={0} y={y + 21} className="fill-ink text-[13px]">
                  {label}
                </text>
                <rect x={130} y={y + 8} width={length} height={16} rx={8} className={key === "accepted" ? "fill-accent" : "fill-calm"} />
                <text x={130 + length + 8} y={y + 21} className="fill-ink text-[13px] font-semibold">
                  {proposals[key]}
                </text>
              </g>
            );
          })}
        </svg>
      ) : null}
    </ChartFigure>
  );
}
