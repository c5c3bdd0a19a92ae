import { DEFAULT_LOCALE, isLocale, LOCALES, PSEUDO_LOCALE, type Locale } from "./config";

/**
 * The best of our locales for an Accept-Language header (RFC 9110 §12.5.4): by quality, then by
 * order; a region falls back to its language ("es-MX" → es); English when nothing matches.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined, pseudo = false): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranges = acceptLanguage
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.tag && r.tag !== "*" && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranges) {
    if (pseudo && tag === PSEUDO_LOCALE.toLowerCase()) return PSEUDO_LOCALE;
    const language = tag.split("-")[0];
    const match = LOCALES.find((l) => l === language);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

/**
 * The one rule for whose words a person sees: the language they saved on Me (it follows them to
 * every device), else what their browser asks for, else English. Partners each have their own.
 */
export function resolveLocale(saved: string | null | undefined, acceptLanguage: string | null | undefined, pseudo = false): Locale {
  if (isLocale(saved, pseudo)) return saved;
  return negotiateLocale(acceptLanguage, pseudo);
}
