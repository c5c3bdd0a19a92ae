import type { WeekGlance } from "@/lib/reviews/glance-model";
import { GLANCE_COPY } from "../copy";
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

const STATUS_WORDS: Record<Status, string> = { kept: "kept", missed: "not logged", due: "due now", upcoming: "still to come" };

export function CheckInsChart({ checkIns, dayName }: { checkIns: WeekGlance["checkIns"]; dayName: (key: string) => string }) {
  const planned = checkIns.reduce((n, c) => n + c.planned, 0);
  const kept = checkIns.reduce((n, c) => n + c.kept, 0);
  const summary = checkIns.length ? GLANCE_COPY.checkInsSummary(kept, planned) : GLANCE_COPY.checkInsNone;
  // A rhythm with nothing planned in the week (agreed only just now) has no dots to show.
  const shown = checkIns.filter((c) => c.planned > 0);
  const has = (status: Status) => shown.some((c) => c.occurrences.some((o) => o.status === status));
  return (
    <ChartFigure title={GLANCE_COPY.checkInsTitle} summary={summary} testId="glance-check-ins">
      {shown.length ? (
        <ul className="flex flex-col gap-3">
          {shown.map((c) => {
            const label = `${GLANCE_COPY.checkIn(c.title, c.kept, c.planned)} ${c.occurrences.map((o) => `${dayName(o.key)}: ${STATUS_WORDS[o.status]}`).join("; ")}`.trim();
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
            ...(has("kept") ? [{ mark: <circle cx={8} cy={8} r={6} className="fill-accent" />, label: GLANCE_COPY.legendKept }] : []),
            ...(has("missed") ? [{ mark: <circle cx={8} cy={8} r={5} className="fill-none stroke-muted" strokeWidth={2} />, label: GLANCE_COPY.legendNotLogged }] : []),
            ...(has("due") || has("upcoming")
              ? [{ mark: <circle cx={8} cy={8} r={5} className="fill-none stroke-muted" strokeWidth={2} strokeDasharray="3 3" />, label: GLANCE_COPY.legendComing }]
              : []),
          ]}
        />
      ) : null}
    </ChartFigure>
  );
}
