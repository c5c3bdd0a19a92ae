import { intlLocale, PSEUDO_LOCALE, type Locale } from "../i18n/config";
import { formatDate } from "../i18n/format";
import type { MessageValues } from "../i18n/keys";
import { accent } from "../i18n/pseudo";
import { localTimeIn } from "./local-time";

/**
 * Check-in times in words, each partner on their own clock: "today at 19:30", or, when our clocks
 * differ, "today at 19:30 for you · 13:30 for Sam". Client-safe (Intl only), in the viewer's
 * language: the glue comes from the `checkins.when.*` messages, passed in as `say`.
 */
export interface Clock {
  timeZone: string;
}

/** The check-ins namespace's translator, server or island: only the "when" messages are used here. */
export type WhenSay = (key: "when.at" | "when.forUs", values: MessageValues) => string;

/** A day in words: `rel` "yes" for today/tomorrow/yesterday (so a language can add an article otherwise). */
export interface DayWords {
  day: string;
  rel: "yes" | "no";
}

const relative = new Map<string, Intl.RelativeTimeFormat>();

/** "today", "tomorrow", "yesterday", or "Tue 1 Dec", on the calendar of `timeZone`, in `locale`. */
export function dayWords(at: Date, timeZone: string, now: Date, locale: Locale): DayWords {
  const day = Date.parse(localTimeIn(at, timeZone).date);
  const today = Date.parse(localTimeIn(now, timeZone).date);
  const diff = Math.round((day - today) / 86_400_000);
  if (Math.abs(diff) <= 1) {
    let f = relative.get(locale);
    if (!f) relative.set(locale, (f = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: "auto" })));
    const text = f.format(diff, "day");
    return { day: locale === PSEUDO_LOCALE ? accent(text) : text, rel: "yes" };
  }
  return { day: formatDate(locale, timeZone, at, "dayShort"), rel: "no" };
}

/** "today at 19:30", "Tue 1 Dec at 19:30" · "hoy a las 19:30", "el mar, 1 dic a las 19:30". */
export function whenLabel(at: Date, timeZone: string, now: Date, locale: Locale, say: WhenSay): string {
  return say("when.at", { ...dayWords(at, timeZone, now, locale), time: formatDate(locale, timeZone, at, "time") });
}

/** The same instant for me and, when their clock reads differently, for my partner. */
export function whenForUs(
  at: Date,
  me: Clock,
  partner: (Clock & { name: string }) | null,
  now: Date,
  locale: Locale,
  say: WhenSay,
): string {
  const mine = whenLabel(at, me.timeZone, now, locale, say);
  if (!partner) return mine;
  const a = localTimeIn(at, me.timeZone);
  const b = localTimeIn(at, partner.timeZone);
  if (a.date === b.date && a.time === b.time) return mine;
  const theirs = a.date === b.date ? formatDate(locale, partner.timeZone, at, "time") : whenLabel(at, partner.timeZone, now, locale, say);
  return say("when.forUs", { mine, theirs, partner: partner.name });
}

/** Capitalises the first letter, for labels that start a sentence. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
