/**
 * The languages Steady speaks. Client-safe and catalogue-free: browser code may import it.
 * The pseudo-locale (accented, lengthened English) exists to find words that skipped the
 * catalogue; it is offered only where PSEUDO_LOCALE is on (development and tests).
 */
export const LOCALES = ["en", "es"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const PSEUDO_LOCALE = "en-XA";
export type Locale = AppLocale | typeof PSEUDO_LOCALE;
export const DEFAULT_LOCALE: AppLocale = "en";

/** Each language named in itself, the way a person looks for their own. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", es: "Español", [PSEUDO_LOCALE]: "[Ƥšéûðö-Éñĝļîšĥ]" };

export function isLocale(value: unknown, pseudo = false): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value) || (pseudo && value === PSEUDO_LOCALE);
}

/**
 * The locale Intl formats dates and numbers in. Steady's English is British (a 24-hour clock, the
 * day before the month), as it always was; the pseudo-locale formats as English and is then accented.
 */
export function intlLocale(locale: Locale): string {
  return locale === "es" ? "es" : "en-GB";
}
