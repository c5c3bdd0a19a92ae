import format, { type CompiledMessage } from "icu-minify/format";
import type { ReactNode } from "react";
import { intlLocale, type Locale } from "./config";
import type { MessageValues } from "./keys";

/**
 * The words a client island needs, resolved on the server (lib/i18n/server.ts#clientWords) and
 * passed as a prop: one namespace's messages, already compiled, so the browser carries neither
 * the catalogue nor an ICU parser — only this formatter (about 1 kB) for plurals and names.
 */
export interface Words<K extends string = string> {
  locale: Locale;
  m: Record<K, CompiledMessage>;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const formatters = {
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  getNumberFormat: (locale?: Intl.LocalesArgument, options?: Intl.NumberFormatOptions) => {
    const id = `${String(locale)}|${JSON.stringify(options ?? {})}`;
    let f = numberFormats.get(id);
    if (!f) numberFormats.set(id, (f = new Intl.NumberFormat(locale, options)));
    return f;
  },
  getPluralRules: (locale?: Intl.LocalesArgument, options?: Intl.PluralRulesOptions) => {
    const id = `${String(locale)}|${options?.type ?? "cardinal"}`;
    let r = pluralRules.get(id);
    if (!r) pluralRules.set(id, (r = new Intl.PluralRules(locale, options)));
    return r;
  },
};

type RichValues = Record<string, string | number | ((chunks: ReactNode[]) => ReactNode)>;

/**
 * A translator over an island's words: `const t = wordsT(words); t("heading", { name })`.
 * `t.rich` takes tags as functions (`{ b: (c) => <b>{c}</b> }`) and returns React nodes.
 */
export function wordsT<K extends string>(words: Words<K>) {
  const locale = intlLocale(words.locale);
  const t = (key: K, values?: MessageValues): string => {
    const message = words.m[key];
    if (message === undefined) return key;
    return String(format(message, locale, values, { formatters }));
  };
  t.rich = (key: K, values?: RichValues): ReactNode => {
    const message = words.m[key];
    if (message === undefined) return key;
    return format<ReactNode>(message, locale, values as never, { formatters }) as ReactNode;
  };
  return t;
}
export type WordsT<K extends string> = ReturnType<typeof wordsT<K>>;
