import Link from "next/link";
import { FEELING_LABELS, INTENSITY_LABELS } from "@/lib/journal/constants";
import type { Entry } from "@/lib/journal/queries";
import { localTimeIn } from "@/lib/checkins/local-time";

/** Intensity as five small dots, with words for screen readers. Calm colours only. */
export function IntensityDots({ value }: { value: number | null }) {
  if (!value) return null;
  return (
    <span className="inline-flex items-center gap-1" role="img" aria-label={`Intensity ${value} of 5: ${INTENSITY_LABELS[value]}`}>
      {[1, 2, 3, 4, 5].map((n) => (
        <span key={n} aria-hidden className={`size-2 rounded-full ${n <= value ? "bg-calm" : "bg-line"}`} />
      ))}
    </span>
  );
}

export function Tags({ tags }: { tags: string[] }) {
  if (!tags.length) return null;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Trigger tags">
      {tags.map((t) => (
        <li key={t} className="rounded-full bg-sunken px-2.5 py-0.5 text-sm text-ink">
          {t}
        </li>
      ))}
    </ul>
  );
}

export function feelingsText(e: Pick<Entry, "feelings" | "feelingWords">): string {
  return [...e.feelings.map((f) => FEELING_LABELS[f]), e.feelingWords].filter(Boolean).join(", ");
}

/** One entry in my list: when, how strong, and the first words. */
export function EntrySummary({ entry, timeZone }: { entry: Entry; timeZone: string }) {
  const when = localTimeIn(entry.createdAt, timeZone).label;
  const first = entry.happened || entry.feared || feelingsText(entry);
  return (
    <li>
      <Link href={`/journal/${entry.id}`} className="flex flex-col gap-2 rounded-3xl border border-line bg-surface p-4" data-testid="journal-entry">
        <span className="flex items-center justify-between gap-3">
          <span className="text-sm font-semibold text-muted">{when}</span>
          <IntensityDots value={entry.intensity} />
        </span>
        <span className="line-clamp-2 text-base text-ink">{first}</span>
        <Tags tags={entry.tags} />
      </Link>
    </li>
  );
}
