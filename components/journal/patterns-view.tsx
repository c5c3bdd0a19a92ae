import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PARTS, WEEKDAY_LABELS, times, type Patterns } from "@/lib/journal/patterns";
import { proposalHref } from "@/lib/journal/proposal";

// A soft hyphen lets "Afternoon" break on a 360 px screen.
const PART_LABELS = { morning: "Morning", afternoon: "After\u00ADnoon", evening: "Evening", night: "Night" } as const;

/** Top triggers: each row is its own text (tag, how often, when) with a bar beside it. */
function TopTriggers({ patterns, canPropose }: { patterns: Patterns; canPropose: boolean }) {
  const max = Math.max(1, ...patterns.topTriggers.map((t) => t.count));
  return (
    <Card aria-labelledby="top-triggers">
      <h2 id="top-triggers" className="text-lg font-semibold">
        What came up most
      </h2>
      {patterns.topTriggers.length === 0 ? (
        <p className="mt-2 text-muted">No trigger tags this month. Adding a tag when you write helps this show.</p>
      ) : (
        <ol className="mt-3 flex flex-col gap-4" data-testid="top-triggers">
          {patterns.topTriggers.map((t) => (
            <li key={t.tag} className="flex flex-col gap-1">
              <span className="flex items-baseline justify-between gap-3">
                <span className="font-semibold">{t.tag}</span>
                <span className="text-sm text-muted">{times(t.count)}</span>
              </span>
              <svg aria-hidden viewBox="0 0 100 8" preserveAspectRatio="none" className="h-2.5 w-full">
                <rect x="0" y="0" width="100" height="8" rx="4" className="fill-sunken" />
                <rect x="0" y="0" width={Math.max(4, (t.count / max) * 100)} height="8" rx="4" className="fill-calm" />
              </svg>
              {t.when ? <span className="text-sm text-muted">{t.when[0]!.toUpperCase() + t.when.slice(1)}</span> : null}
              {canPropose ? (
                <Link href={proposalHref({ trigger: t.tag })} className="inline-flex min-h-11 items-center self-start text-sm font-semibold text-accent underline underline-offset-4">
                  Turn “{t.tag}” into a proposal
                </Link>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

/** Day of the week × part of the day: a real table, shaded by how many entries fell there. */
function WhenGrid({ patterns }: { patterns: Patterns }) {
  const max = Math.max(1, ...patterns.grid.flatMap((row) => PARTS.map((p) => row.parts[p])));
  return (
    <Card aria-labelledby="when-grid">
      <h2 id="when-grid" className="text-lg font-semibold">
        When it happened
      </h2>
      <table className="mt-3 w-full table-fixed border-separate border-spacing-1 text-center text-sm" data-testid="when-grid">
        <caption className="sr-only">Entries by day of the week and part of the day, on your clock</caption>
        <thead>
          <tr>
            <th scope="col" className="w-12">
              <span className="sr-only">Day</span>
            </th>
            {PARTS.map((p) => (
              <th key={p} scope="col" className="text-xs font-medium break-words hyphens-manual text-muted">
                {PART_LABELS[p]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {patterns.grid.map((row) => (
            <tr key={row.weekday}>
              <th scope="row" className="text-left font-medium text-muted">
                {WEEKDAY_LABELS[row.weekday]}
              </th>
              {PARTS.map((p) => {
                const n = row.parts[p];
                return (
                  <td
                    key={p}
                    className="h-9 rounded-lg bg-sunken text-ink"
                    style={n ? { background: `color-mix(in srgb, var(--color-calm) ${15 + Math.round((n / max) * 30)}%, var(--color-surface))` } : undefined}
                  >
                    {n ? <span className="font-semibold">{n}</span> : <span className="sr-only">0</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

/** How strong each moment felt, across the month: a small line chart, and the same as a list. */
function IntensityChart({ patterns, daysInMonth }: { patterns: Patterns; daysInMonth: number }) {
  const points = patterns.intensity;
  const W = 320;
  const H = 140;
  const pad = { left: 28, right: 10, top: 10, bottom: 24 };
  const x = (day: number, hour: number) => pad.left + ((day - 1 + hour / 24) / daysInMonth) * (W - pad.left - pad.right);
  const y = (v: number) => pad.top + ((5 - v) / 4) * (H - pad.top - pad.bottom);
  const summary =
    points.length === 0
      ? "No intensities recorded this month."
      : `${points.length} moment${points.length === 1 ? "" : "s"}, from ${points[0]!.intensity} of 5 on ${points[0]!.label} to ${points.at(-1)!.intensity} of 5 on ${points.at(-1)!.label}.`;
  return (
    <Card aria-labelledby="intensity-chart">
      <h2 id="intensity-chart" className="text-lg font-semibold">
        How strong it felt
      </h2>
      <svg viewBox={`0 0 ${W} ${H}`} className="mt-3 w-full" role="img" aria-label={`How strong it felt over ${patterns.label}: ${summary}`} data-testid="intensity-chart">
        {[1, 3, 5].map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={W - pad.right} y1={y(v)} y2={y(v)} className="stroke-line" strokeWidth={1} />
            <text x={pad.left - 8} y={y(v) + 4} textAnchor="end" className="fill-muted text-[11px]">
              {v}
            </text>
          </g>
        ))}
        {[1, 15, daysInMonth].map((d) => (
          <text key={d} x={x(d, 12)} y={H - 6} textAnchor="middle" className="fill-muted text-[11px]">
            {d}
          </text>
        ))}
        {points.length > 1 ? (
          <polyline points={points.map((p) => `${x(p.day, p.hour)},${y(p.intensity)}`).join(" ")} fill="none" className="stroke-calm" strokeWidth={2} strokeLinejoin="round" />
        ) : null}
        {points.map((p, i) => (
          <circle key={i} cx={x(p.day, p.hour)} cy={y(p.intensity)} r={4} className="fill-calm" />
        ))}
      </svg>
      <details className="mt-2">
        <summary className="flex min-h-11 cursor-pointer items-center text-sm font-semibold text-accent">Show as a list</summary>
        {points.length ? (
          <ul className="flex flex-col gap-1 text-sm" data-testid="intensity-list">
            {points.map((p, i) => (
              <li key={i}>
                {p.label}: {p.intensity} of 5
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">{summary}</p>
        )}
      </details>
    </Card>
  );
}

/** The patterns of one month: a gentle reading first, then the three small charts. */
export function PatternsView({ patterns, daysInMonth, canPropose }: { patterns: Patterns; daysInMonth: number; canPropose: boolean }) {
  return (
    <div className="flex flex-col gap-4">
      <div className="rounded-3xl bg-calm-soft p-5" data-testid="patterns-reading">
        {patterns.reading.map((sentence) => (
          <p key={sentence} className="text-base text-ink">
            {sentence}
          </p>
        ))}
      </div>
      <TopTriggers patterns={patterns} canPropose={canPropose} />
      <WhenGrid patterns={patterns} />
      <IntensityChart patterns={patterns} daysInMonth={daysInMonth} />
    </div>
  );
}
