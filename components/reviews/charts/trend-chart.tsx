import { formatDate } from "@/lib/i18n/format";
import type { TrendAxis, TrendSeries } from "@/lib/reviews/trends";
import { ratingWords, type ReviewSay } from "../words";

const W = 320;
const H = 136;
const LEFT = 30;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 30;
const y = (rating: number) => TOP + ((5 - rating) / 4) * (H - TOP - BOTTOM);

/** Runs of consecutive ratings: a week without a rating breaks the line rather than dipping to zero. */
function runs(values: (number | null)[], x: (i: number) => number): string[] {
  const out: string[] = [];
  let current: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (current.length > 1) out.push(current.join(" "));
      current = [];
    } else current.push(`${x(i)},${y(v)}`);
  });
  if (current.length > 1) out.push(current.join(" "));
  return out;
}

/**
 * How one agreement went for each of us over the weeks: my ratings as a solid line with filled
 * dots, my partner's dashed with open ones (shapes, not only colours, tell them apart). The
 * role="img" label reads every week's ratings in words.
 */
export function TrendChart({ axis, series, partnerName, timeZone, say }: { axis: TrendAxis["reviews"]; series: TrendSeries; partnerName: string; timeZone: string; say: ReviewSay }) {
  const { t, locale } = say;
  const day = { format: (at: number | Date) => formatDate(locale, timeZone, at, "dayMonth") };
  const n = axis.length;
  const x = (i: number) => (n === 1 ? (LEFT + W - RIGHT) / 2 : LEFT + (i / (n - 1)) * (W - LEFT - RIGHT));
  const words = (values: (number | null)[]) =>
    values
      .map((v, i) => t("trend.point", { date: day.format(axis[i]!.at), rating: v === null ? t("trend.noRating") : t("trend.rated", { rating: v, words: ratingWords(t, v) }) }))
      .join(", ");
  const title = say.title(series.title);
  const label = t("trend.label", { title, mine: words(series.mine), partner: partnerName, theirs: words(series.partner) });
  const short = (values: (number | null)[]) => values.map((v) => (v === null ? "–" : String(v))).join(" · ");
  return (
    <figure className="flex flex-col gap-2 rounded-3xl border border-line bg-surface p-4" data-testid="trend">
      <h3 className="text-base font-semibold break-words">{title}</h3>
      <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} className="w-full" data-fit-width>
        {[1, 2, 3, 4, 5].map((r) => (
          <g key={r}>
            <line x1={LEFT} x2={W - RIGHT} y1={y(r)} y2={y(r)} className="stroke-line" strokeWidth={1} />
            {r % 2 === 1 ? (
              <text x={LEFT - 8} y={y(r) + 4} textAnchor="end" className="fill-muted text-[12px]">
                {r}
              </text>
            ) : null}
          </g>
        ))}
        {runs(series.partner, x).map((points) => (
          <polyline key={`p${points}`} points={points} className="fill-none stroke-calm" strokeWidth={2} strokeDasharray="5 4" />
        ))}
        {runs(series.mine, x).map((points) => (
          <polyline key={`m${points}`} points={points} className="fill-none stroke-accent" strokeWidth={2.5} />
        ))}
        {series.partner.map((v, i) => (v === null ? null : <circle key={`pd${i}`} cx={x(i)} cy={y(v)} r={6} className="fill-surface stroke-calm" strokeWidth={2} />))}
        {series.mine.map((v, i) => (v === null ? null : <circle key={`md${i}`} cx={x(i)} cy={y(v)} r={4} className="fill-accent" />))}
        {axis.map((r, i) =>
          i === 0 || i === n - 1 ? (
            <text key={r.id} x={x(i)} y={H - 8} textAnchor={n === 1 ? "middle" : i === 0 ? "start" : "end"} className="fill-muted text-[12px]">
              {day.format(r.at)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="flex flex-col text-sm text-muted">
        <span>
          <span aria-hidden className="font-semibold text-accent">
            ●
          </span>{" "}
          {t("trend.mine", { values: short(series.mine) })}
        </span>
        <span>
          <span aria-hidden className="font-semibold text-calm">
            ○
          </span>{" "}
          {t("trend.theirs", { partner: partnerName, values: short(series.partner) })}
        </span>
      </figcaption>
    </figure>
  );
}
