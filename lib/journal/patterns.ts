import { localParts, zonedTimeToInstant } from "../agreements/cadence";
import type { Locale } from "../i18n/config";
import { formatDate } from "../i18n/format";
import { namespaceTranslator } from "../i18n/translate";

/**
 * Patterns over one month of my own entries, computed on the server from decrypted entries and
 * kept in memory for the one request: which triggers came up most, when (day of the week × part
 * of the day, on my clock) and how strong the moments felt over time, plus a few gentle sentences
 * that say it in words (in the reader's language). Pure, so it is tested without a database.
 */
export const WEEKDAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const PARTS = ["morning", "afternoon", "evening", "night"] as const;
export type Part = (typeof PARTS)[number];

export interface PatternEntry {
  createdAt: Date;
  intensity: number | null;
  tags: string[];
}

export interface Month {
  year: number;
  /** 1–12 */
  month: number;
}

export interface Patterns {
  month: Month;
  label: string;
  count: number;
  topTriggers: { tag: string; count: number; when: string | null }[];
  /** Entries per weekday (Mon first) and part of the day. */
  grid: { weekday: Weekday; parts: Record<Part, number> }[];
  /** Each entry with an intensity, in time order: the day of the month and its hour on my clock. */
  intensity: { day: number; hour: number; intensity: number; label: string }[];
  reading: string[];
}

/** Morning 5–12, afternoon 12–17, evening 17–22, night 22–5. */
export function partOfDay(hour: number): Part {
  if (hour >= 5 && hour < 12) return "morning";
  if (hour >= 12 && hour < 17) return "afternoon";
  if (hour >= 17 && hour < 22) return "evening";
  return "night";
}

/** "2026-12" → that month; anything else → null. */
export function parseMonth(value: string | undefined): Month | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value ?? "");
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}

export function monthKey(m: Month): string {
  return `${m.year}-${String(m.month).padStart(2, "0")}`;
}

export function shiftMonth(m: Month, by: number): Month {
  const index = m.year * 12 + (m.month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The month an instant falls in, on a clock in `timeZone`. */
export function monthAt(at: Date, timeZone: string): Month {
  const p = localParts(at.getTime(), timeZone);
  return { year: p.year, month: p.month };
}

/** [first instant of the month, first instant of the next) in `timeZone`. */
export function monthRange(m: Month, timeZone: string): { from: Date; to: Date } {
  const next = shiftMonth(m, 1);
  return {
    from: new Date(zonedTimeToInstant({ year: m.year, month: m.month, day: 1 }, 0, 0, timeZone)),
    to: new Date(zonedTimeToInstant({ year: next.year, month: next.month, day: 1 }, 0, 0, timeZone)),
  };
}

/** "December 2026" · "diciembre de 2026". */
export function monthLabel(m: Month, locale: Locale = "en"): string {
  return formatDate(locale, "UTC", Date.UTC(m.year, m.month - 1, 1), "monthYear");
}

/** A weekday's short name ("Mon" · "lun"), from Intl. */
export function weekdayLabel(weekday: Weekday, locale: Locale = "en"): string {
  // 1 January 2024 was a Monday.
  return formatDate(locale, "UTC", Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(weekday)), "weekdayShort");
}

interface When {
  weekday: Weekday;
  part: Part;
}

function mostCommon<T extends string>(values: T[]): { value: T; count: number } | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: { value: T; count: number } | null = null;
  for (const [value, count] of counts) if (!best || count > best.count) best = { value, count };
  return best;
}

/** "mostly on weekday afternoons", "mostly in the evening", "mostly at weekends" — or null when there's no clear pattern. */
export function describeWhen(list: When[], locale: Locale = "en"): string | null {
  if (list.length < 2) return null;
  const t = namespaceTranslator(locale, "journal");
  const half = list.length / 2;
  const kind = (w: When) => (w.weekday === "SAT" || w.weekday === "SUN" ? "weekend" : "weekday");
  const both = mostCommon(list.map((w) => `${kind(w)} ${w.part}` as const));
  if (both && both.count > half) {
    const [k, part] = both.value.split(" ") as ["weekday" | "weekend", Part];
    return t("patterns.when.both", { kind: k, part });
  }
  const part = mostCommon(list.map((w) => w.part));
  if (part && part.count > half) return t("patterns.when.part", { part: part.value });
  const kinds = mostCommon(list.map(kind));
  if (kinds && kinds.count >= list.length * 0.75) return kinds.value === "weekend" ? t("patterns.when.weekends") : t("patterns.when.weekdays");
  return null;
}

function intensityReading(values: number[], t: ReturnType<typeof namespaceTranslator<"journal">>): string | null {
  if (values.length < 4) return null;
  const mid = Math.floor(values.length / 2);
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const change = avg(values.slice(mid)) - avg(values.slice(0, mid));
  if (change <= -0.5) return t("patterns.reading.calmer");
  if (change >= 0.5) return t("patterns.reading.stronger");
  return t("patterns.reading.same");
}

/** Patterns of one month's saved entries, read on `timeZone`'s clock, said in `locale`. */
export function computePatterns(entries: PatternEntry[], month: Month, timeZone: string, locale: Locale = "en"): Patterns {
  const t = namespaceTranslator(locale, "journal");
  const sorted = [...entries].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const placed = sorted.map((e) => {
    const p = localParts(e.createdAt.getTime(), timeZone);
    const weekday = WEEKDAYS[(new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() + 6) % 7]!;
    return { ...e, day: p.day, hour: p.hour, minute: p.minute, weekday, part: partOfDay(p.hour) };
  });

  const byTag = new Map<string, When[]>();
  for (const e of placed) for (const tag of e.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), { weekday: e.weekday, part: e.part }]);
  const topTriggers = [...byTag.entries()]
    .map(([tag, list]) => ({ tag, count: list.length, when: describeWhen(list, locale) }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
    .slice(0, 5);

  const grid = WEEKDAYS.map((weekday) => ({
    weekday,
    parts: Object.fromEntries(PARTS.map((part) => [part, placed.filter((e) => e.weekday === weekday && e.part === part).length])) as Record<Part, number>,
  }));

  const label = monthLabel(month, locale);
  const intensity = placed
    .filter((e): e is typeof e & { intensity: number } => e.intensity !== null)
    .map((e) => ({ day: e.day, hour: e.hour, intensity: e.intensity, label: formatDate(locale, timeZone, e.createdAt, "dateTimeShort") }));

  const reading: string[] = [];
  if (placed.length > 0) {
    reading.push(t("patterns.reading.count", { count: placed.length, month: label }));
    const top = topTriggers[0];
    if (top) reading.push(top.when ? t("patterns.reading.topWhen", { tag: top.tag, count: top.count, when: top.when }) : t("patterns.reading.top", { tag: top.tag, count: top.count }));
    else reading.push(t("patterns.reading.noTags"));
    const felt = intensityReading(intensity.map((i) => i.intensity), t);
    if (felt) reading.push(felt);
  }
  return { month, label, count: placed.length, topTriggers, grid, intensity, reading };
}
