import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import { PARTS, weekdayLabel, type Patterns } from "@/lib/journal/patterns";
import { proposalHref } from "@/lib/journal/proposal";
import type { JournalT } from "./entry-summary";

// The parts of the day (journal.patterns.parts) carry a soft hyphen where a 360 px screen needs one ("After\u00ADnoon").

/** Top triggers: each row is its own text (tag, how often, when) with a bar beside it. */
function TopTriggers({ patterns, canPropose, t }: { patterns: Patterns; canPropose: boolean; t: JournalT }) {
  const max = Math.max(1, ...patterns.topTriggers.map((t) => t.count));
  return (
    <Card aria-labelledby="top-triggers">
      <h2 id="top-triggers" className="text-lg font-semibold">
        {t("patterns.topHeading")}
      </h2>
      {patterns.topTriggers.length === 0 ? (
        <p className="mt-2 text-muted">{t("patterns.noTags")}</p>
      ) : (
        <ol className="mt-3 flex flex-col gap-4" data-testid="top-triggers">
          {patterns.topTriggers.map((trigger) => (
            <li key={trigger.tag} className="flex flex-col gap-1">
              <span className="flex items-baseline justify-between gap-3">
                <span className="font-semibold">{trigger.tag}</span>
                <span className="text-sm text-muted">{t("patterns.times", { count: trigger.count })}</span>
              </span>
              <svg aria-hidden viewBox="0 0 100 8" preserveAspectRatio="none" className="h-2.5 w-full">
                <rect x="0" y="0" width="100" height="8" rx="4" className="fill-sunken" />
                <rect x="0" y="0" width={Math.max(4, (trigger.count / max) * 100)} height="8" rx="4" className="fill-calm" />
              </svg>
              {trigger.when ? <span className="text-sm text-muted">{trigger.when[0]!.toUpperCase() + trigger.when.slice(1)}</span> : null}
              {canPropose ? (
                <Link href={proposalHref({ trigger: trigger.tag })} className="inline-flex min-h-11 items-center self-start text-sm font-semibold text-accent underline underline-offset-4">
                  {t("patterns.turnInto", { tag: trigger.tag })}
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
function WhenGrid({ patterns, t, locale }: { patterns: Patterns; t: JournalT; locale: Locale }) {
  const max = Math.max(1, ...patterns.grid.flatMap((row) => PARTS.map((p) => row.parts[p])));
  return (
    <Card aria-labelledby="when-grid">
      <h2 id="when-grid" className="text-lg font-semibold">
        {t("patterns.whenHeading")}
      </h2>
      <table className="mt-3 w-full table-fixed border-separate border-spacing-1 text-center text-sm" data-testid="when-grid">
        <caption className="sr-only">{t("patterns.whenCaption")}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-12">
              <span className="sr-only">{t("patterns.day")}</span>
            </th>
            {PARTS.map((p) => (
              <th key={p} scope="col" className="text-xs font-medium break-words hyphens-manual text-muted">
                {t(`patterns.parts.${p}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {patterns.grid.map((row) => (
            <tr key={row.weekday}>
              <th scope="row" className="text-left font-medium text-muted">
                {weekdayLabel(row.weekday, locale)}
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
function IntensityChart({ patterns, daysInMonth, t }: { patterns: Patterns; daysInMonth: number; t: JournalT }) {
  const points = patterns.intensity;
  const W = 320;
  const H = 140;
  const pad = { left: 28, right: 10, top: 10, bottom: 24 };
  const x = (day: number, hour: number) => pad.left + ((day - 1 + hour / 24) / daysInMonth) * (W - pad.left - pad.right);
  const y = (v: number) => pad.top + ((5 - v) / 4) * (H - pad.top - pad.bottom);
  const summary =
    points.length === 0
      ? t("patterns.noIntensities")
      : t("patterns.summary", { count: points.length, first: points[0]!.intensity, firstWhen: points[0]!.label, last: points.at(-1)!.intensity, lastWhen: points.at(-1)!.label });
  return (
    <Card aria-labelledby="intensity-chart">
      <h2 id="intensity-chart" className="text-lg font-semibold">
        {t("patterns.strongHeading")}
      </h2>
      {/* The axis numbers scale with the chart, which is sized to the screen's width (data-fit-width); its label says it all in words. */}
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="mt-3 w-full"
        role="img"
        aria-label={t("patterns.strongLabel", { month: patterns.label, summary })}
        data-testid="intensity-chart"
        data-fit-width
      >
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
        <summary className="flex min-h-11 cursor-pointer items-center text-sm font-semibold text-accent">{t("patterns.asList")}</summary>
        {points.length ? (
          <ul className="flex flex-col gap-1 text-sm" data-testid="intensity-list">
            {points.map((p, i) => (
              <li key={i}>
                {t("patterns.point", { when: p.label, level: p.intensity })}
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
export function PatternsView({ patterns, daysInMonth, canPropose, t, locale }: { patterns: Patterns; daysInMonth: number; canPropose: boolean; t: JournalT; locale: Locale }) {
  return (
    <div className="flex flex-col gap-4">
      <div className="rounded-3xl bg-calm-soft p-5" data-testid="patterns-reading">
        {patterns.reading.map((sentence) => (
          <p key={sentence} className="text-base text-ink">
            {sentence}
          </p>
        ))}
      </div>
      <TopTriggers patterns={patterns} canPropose={canPropose} t={t} />
      <WhenGrid patterns={patterns} t={t} locale={locale} />
      <IntensityChart patterns={patterns} daysInMonth={daysInMonth} t={t} />
    </div>
  );
}
