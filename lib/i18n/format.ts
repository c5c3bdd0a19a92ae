import { intlLocale, PSEUDO_LOCALE, type Locale } from "./config";
import { accent } from "./pseudo";

/**
 * Dates, times and lists in a person's language AND time zone, through Intl. Client-safe: server
 * components and client islands format the same way (pass the viewer's locale and zone down).
 * Never format with a fixed "en-GB": name a style here instead, so both languages get it.
 */
export const DATE_STYLES = {
  /** "21:42" */
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  /** "Mon 3 Mar, 21:42" · "lun, 3 mar, 21:42" */
  dayTime: { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  /** "3 Mar, 21:42" */
  dateTimeShort: { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  /** "3 Mar 2026, 21:42" */
  dateTimeMedium: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  /** "Monday 3 March" */
  dayLong: { weekday: "long", day: "numeric", month: "long" },
  /** "Mon 3 Mar" */
  dayShort: { weekday: "short", day: "numeric", month: "short" },
  /** "3 March 2026" */
  date: { day: "numeric", month: "long", year: "numeric" },
  /** "3 Mar" */
  dayMonth: { day: "numeric", month: "short" },
  /** "Monday" */
  weekday: { weekday: "long" },
  /** "Mon" */
  weekdayShort: { weekday: "short" },
  /** "Mar" */
  monthShort: { month: "short" },
  /** "March 2026" */
  monthYear: { month: "long", year: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DateStyle = keyof typeof DATE_STYLES;

const cache = new Map<string, Intl.DateTimeFormat>();

function shown(locale: Locale, text: string): string {
  return locale === PSEUDO_LOCALE ? accent(text) : text;
}

/** A date or time in the viewer's language and time zone, in one of the app's styles. */
export function formatDate(locale: Locale, timeZone: string, at: Date | number, style: DateStyle): string {
  const id = `${locale}|${timeZone}|${style}`;
  let f = cache.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(locale), { ...DATE_STYLES[style], timeZone });
    cache.set(id, f);
  }
  return shown(locale, f.format(at));
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 7],
  ["week", 4.345],
  ["month", 12],
  ["year", Infinity],
];

/** "3 minutes ago", "in 2 days", "yesterday" · "hace 3 minutos", "dentro de 2 días", "ayer". */
export function formatRelative(locale: Locale, at: Date | number, now: Date | number): string {
  let amount = (new Date(at).getTime() - new Date(now).getTime()) / 1000;
  let unit: Intl.RelativeTimeFormatUnit = "second";
  for (const [u, size] of RELATIVE_STEPS) {
    unit = u;
    if (Math.abs(amount) < size) break;
    amount /= size;
  }
  return shown(locale, new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: "auto" }).format(Math.round(amount), unit));
}

/** "Alex, Blake and Sam" · "Alex, Blake y Sam". Only Intl's own words are accented in the pseudo-locale, never the items. */
export function formatList(locale: Locale, items: string[], type: Intl.ListFormatType = "conjunction"): string {
  const parts = new Intl.ListFormat(intlLocale(locale), { style: "long", type }).formatToParts(items);
  return parts.map((p) => (p.type === "literal" ? shown(locale, p.value) : p.value)).join("");
}

/** A number in the viewer's language ("1,234.5" · "1234,5"). */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}

/** The same helpers bound to one viewer: `const fmt = dates(locale, timeZone); fmt.date(at, "time")`. */
export function dates(locale: Locale, timeZone: string) {
  return {
    locale,
    timeZone,
    date: (at: Date | number, style: DateStyle) => formatDate(locale, timeZone, at, style),
    relative: (at: Date | number, now: Date | number) => formatRelative(locale, at, now),
    list: (items: string[], type?: Intl.ListFormatType) => formatList(locale, items, type),
    number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(locale, value, options),
  };
}
export type Dates = ReturnType<typeof dates>;
