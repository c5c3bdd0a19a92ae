import type { PauseEnding, WeekGlance } from "@/lib/reviews/glance-model";
import { dayShort, pausesSummary } from "../glance-words";
import type { ReviewSay } from "../words";
import { ChartFigure, Legend } from "./chart-figure";

const COL = 44;
const R = 8;
const STACK = 2 * R + 4;
const LABEL = 18;

function Mark({ ended, cx, cy }: { ended: PauseEnding; cx: number; cy: number }) {
  if (ended === "full") return <circle cx={cx} cy={cy} r={R} className="fill-calm" />;
  if (ended === "early") return <circle cx={cx} cy={cy} r={R - 1} className="fill-none stroke-calm" strokeWidth={2.5} />;
  return <circle cx={cx} cy={cy} r={R - 1} className="fill-none stroke-calm" strokeWidth={2} strokeDasharray="3 3" />;
}

/** The week as seven days, each with a mark per pause we took and how it ended. */
export function PausesChart({ glance, dayName, say }: { glance: Pick<WeekGlance, "days" | "pauses">; dayName: (key: string) => string; say: ReviewSay }) {
  const { t, locale } = say;
  const byDay = new Map(glance.days.map((d) => [d.key, [] as PauseEnding[]]));
  for (const p of glance.pauses) byDay.get(p.day)?.push(p.ended);
  const counts = { full: 0, early: 0, open: 0 };
  for (const p of glance.pauses) counts[p.ended]++;
  const tallest = Math.max(1, ...[...byDay.values()].map((v) => v.length));
  const height = tallest * STACK + LABEL + 6;
  const width = glance.days.length * COL;
  const label = glance.days
    .map((d) => {
      const endings = byDay.get(d.key) ?? [];
      return endings.length
        ? t("glance.pauseDay", { day: dayName(d.key), endings: endings.map((e) => t(`glance.ending.${e}`)).join(", ") })
        : t("glance.pauseDayNone", { day: dayName(d.key) });
    })
    .join(". ");
  return (
    <ChartFigure title={t("glance.pausesTitle")} summary={pausesSummary(t, locale, counts)} testId="glance-pauses">
      <svg role="img" aria-label={`${label}.`} viewBox={`0 0 ${width} ${height}`} className="w-full max-w-sm" data-fit-width>
        <line x1={0} x2={width} y1={height - LABEL - 2} y2={height - LABEL - 2} className="stroke-line" strokeWidth={1} />
        {glance.days.map((d, i) => {
          const cx = i * COL + COL / 2;
          return (
            <g key={d.key}>
              {(byDay.get(d.key) ?? []).map((ended, j) => (
                <Mark key={j} ended={ended} cx={cx} cy={height - LABEL - 4 - R - j * STACK} />
              ))}
              <text x={cx} y={height - 3} textAnchor="middle" className="fill-muted text-[12px]">
                {dayShort(locale, d.key)}
              </text>
            </g>
          );
        })}
      </svg>
      {glance.pauses.length ? (
        <Legend
          items={[
            ...(counts.full ? [{ mark: <circle cx={8} cy={8} r={6} className="fill-calm" />, label: t("glance.legendFull") }] : []),
            ...(counts.early ? [{ mark: <circle cx={8} cy={8} r={5} className="fill-none stroke-calm" strokeWidth={2.5} />, label: t("glance.legendEarly") }] : []),
            ...(counts.open ? [{ mark: <circle cx={8} cy={8} r={5} className="fill-none stroke-calm" strokeWidth={2} strokeDasharray="3 3" />, label: t("glance.legendOpen") }] : []),
          ]}
        />
      ) : null}
    </ChartFigure>
  );
}
