import type { WeekGlance } from "@/lib/reviews/glance-model";
import { checkInsSummary } from "../glance-words";
import type { ReviewSay } from "../words";
import { ChartFigure, Legend } from "./chart-figure";

type Status = WeekGlance["checkIns"][number]["occurrences"][number]["status"];

const R = 8;
const GAP = 24;

/** One dot per check-in we planned, filled where we kept it: kept against planned, per rhythm. */
function Dot({ status, cx }: { status: Status; cx: number }) {
  if (status === "kept") return <circle cx={cx} cy={R + 2} r={R} className="fill-accent" />;
  if (status === "missed") return <circle cx={cx} cy={R + 2} r={R - 1} className="fill-none stroke-muted" strokeWidth={2} />;
  return <circle cx={cx} cy={R + 2} r={R - 1} className="fill-none stroke-muted" strokeWidth={2} strokeDasharray="3 3" />;
}

export function CheckInsChart({ checkIns, dayName, say }: { checkIns: WeekGlance["checkIns"]; dayName: (key: string) => string; say: ReviewSay }) {
  const { t } = say;
  const planned = checkIns.reduce((n, c) => n + c.planned, 0);
  const kept = checkIns.reduce((n, c) => n + c.kept, 0);
  const summary = checkIns.length ? checkInsSummary(t, kept, planned) : t("glance.checkInsNone");
  // A rhythm with nothing planned in the week (agreed only just now) has no dots to show.
  const shown = checkIns.filter((c) => c.planned > 0);
  const has = (status: Status) => shown.some((c) => c.occurrences.some((o) => o.status === status));
  return (
    <ChartFigure title={t("glance.checkInsTitle")} summary={summary} testId="glance-check-ins">
      {shown.length ? (
        <ul className="flex flex-col gap-3">
          {shown.map((c) => {
            const head = c.planned ? t("glance.checkIn", { title: c.title, kept: c.kept, planned: c.planned }) : t("glance.checkInNothing", { title: c.title });
            const label = `${head} ${c.occurrences.map((o) => t("glance.dayStatus", { day: dayName(o.key), status: t(`glance.status.${o.status}`) })).join("; ")}`.trim();
            const width = Math.max(1, c.occurrences.length) * GAP;
            return (
              <li key={c.agreementId} className="flex flex-col gap-1">
                <p className="flex items-baseline justify-between gap-3 text-base">
                  <span className="min-w-0 break-words">{c.title}</span>
                  <span aria-hidden className="shrink-0 text-sm text-muted">
                    {c.kept} / {c.planned}
                  </span>
                </p>
                <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${2 * R + 4}`} width={width} height={2 * R + 4} className="max-w-full">
                  {c.occurrences.map((o, i) => (
                    <Dot key={o.key} status={o.status} cx={i * GAP + R + 2} />
                  ))}
                </svg>
              </li>
            );
          })}
        </ul>
      ) : null}
      {planned ? (
        <Legend
          items={[
            ...(has("kept") ? [{ mark: <circle cx={8} cy={8} r={6} className="fill-accent" />, label: t("glance.legendKept") }] : []),
            ...(has("missed") ? [{ mark: <circle cx={8} cy={8} r={5} className="fill-none stroke-muted" strokeWidth={2} />, label: t("glance.legendNotLogged") }] : []),
            ...(has("due") || has("upcoming")
              ? [{ mark: <circle cx={8} cy={8} r={5} className="fill-none stroke-muted" strokeWidth={2} strokeDasharray="3 3" />, label: t("glance.legendComing") }]
              : []),
          ]}
        />
      ) : null}
    </ChartFigure>
  );
}
