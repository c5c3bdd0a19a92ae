import Link from "next/link";
import type { Dates } from "@/lib/i18n/format";
import type { getT } from "@/lib/i18n/server";
import type { Entry } from "@/lib/journal/queries";

/** The journal's words (messages/*.json#journal), from `await getT("journal")`. */
export type JournalT = Awaited<ReturnType<typeof getT<"journal">>>;

/** "A little" … "Too much", in the reader's words. */
export function intensityLabel(t: JournalT, value: number): string {
  return t(`intensity.level${value as 1 | 2 | 3 | 4 | 5}`);
}

/** Intensity as five small dots, with words for screen readers. Calm colours only. */
export function IntensityDots({ value, t }: { value: number | null; t: JournalT }) {
  if (!value) return null;
  return (
    <span className="inline-flex items-center gap-1" role="img" aria-label={t("entry.intensityLabel", { level: value, label: intensityLabel(t, value) })}>
      {[1, 2, 3, 4, 5].map((n) => (
        <span key={n} aria-hidden className={`size-2 rounded-full ${n <= value ? "bg-calm" : "bg-line"}`} />
      ))}
    </span>
  );
}

export function Tags({ tags, t }: { tags: string[]; t: JournalT }) {
  if (!tags.length) return null;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={t("entry.tagsLabel")}>
      {tags.map((tag) => (
        <li key={tag} className="rounded-full bg-sunken px-2.5 py-0.5 text-sm text-ink">
          {tag}
        </li>
      ))}
    </ul>
  );
}

export function feelingsText(e: Pick<Entry, "feelings" | "feelingWords">, t: JournalT): string {
  return [...e.feelings.map((f) => t(`feelings.${f}`)), e.feelingWords].filter(Boolean).join(", ");
}

/** One entry in my list: when, how strong, and the first words. */
export function EntrySummary({ entry, t, fmt }: { entry: Entry; t: JournalT; fmt: Dates }) {
  const when = fmt.date(entry.createdAt, "dayTime");
  const first = entry.happened || entry.feared || feelingsText(entry, t);
  return (
    <li>
      <Link href={`/journal/${entry.id}`} className="flex flex-col gap-2 rounded-3xl border border-line bg-surface p-4" data-testid="journal-entry">
        <span className="flex items-center justify-between gap-3">
          <span className="text-sm font-semibold text-muted">{when}</span>
          <IntensityDots value={entry.intensity} t={t} />
        </span>
        <span className="line-clamp-2 text-base text-ink">{first}</span>
        <Tags tags={entry.tags} t={t} />
      </Link>
    </li>
  );
}
