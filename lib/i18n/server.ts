import "server-only";
import compile from "icu-minify/compile";
import { headers } from "next/headers";
import { cache } from "react";
import { getMember } from "../auth/guard";
import { pseudoLocaleEnabled } from "../env";
import type { Locale } from "./config";
import { dates } from "./format";
import type { KeyIn, Namespace } from "./keys";
import { messagesFor } from "./messages";
import { resolveLocale } from "./negotiate";
import { namespaceTranslator, wordsFor } from "./translate";
import type { Words } from "./words";

export { pseudoLocaleEnabled };

/** This request's locale: the person's saved choice, else their browser's Accept-Language, else English. */
export const getLocale = cache(async (): Promise<Locale> => {
  const [member, h] = await Promise.all([getMember(), headers()]);
  return resolveLocale(member?.user.locale, h.get("accept-language"), pseudoLocaleEnabled());
});

/** Server components: `const t = await getT("pause"); t("counting.headingMine")`. */
export async function getT<N extends Namespace>(namespace: N) {
  return namespaceTranslator(await getLocale(), namespace);
}

/** A namespace's words as a plain function with the locale, for shared helpers (lib/agreements/describe.ts). */
export async function getWords<N extends Namespace>(namespace: N) {
  return wordsFor(await getLocale(), namespace);
}

/** Dates in this person's language and time zone (signed out: UTC). */
export async function getDates() {
  const [locale, member] = await Promise.all([getLocale(), getMember()]);
  return dates(locale, member?.user.timeZone ?? "UTC");
}

type Catalogue = { [key: string]: string | Catalogue };
const compiled = new Map<string, Words["m"]>();

function flatten(part: Catalogue, prefix: string, into: Record<string, string>) {
  for (const [key, value] of Object.entries(part)) {
    if (typeof value === "string") into[`${prefix}${key}`] = value;
    else flatten(value, `${prefix}${key}.`, into);
  }
  return into;
}

/**
 * The words a client island needs, for its `words` prop: one namespace (optionally only the keys
 * under some prefixes), compiled once per locale. Only these reach the browser.
 */
export async function clientWords<N extends Namespace>(namespace: N, only?: string[]): Promise<Words<KeyIn<N>>> {
  const locale = await getLocale();
  const id = `${locale}|${namespace}|${only?.join(",") ?? ""}`;
  let m = compiled.get(id);
  if (!m) {
    const flat = flatten(messagesFor(locale)[namespace] as Catalogue, "", {});
    const picked = Object.entries(flat).filter(([key]) => !only || only.some((p) => key === p || key.startsWith(`${p}.`)));
    // Plain JSON: the compiler's option maps have no prototype, and React passes only plain objects to the browser.
    m = JSON.parse(JSON.stringify(Object.fromEntries(picked.map(([key, message]) => [key, compile(message)])))) as Words["m"];
    compiled.set(id, m);
  }
  return { locale, m: m as Words<KeyIn<N>>["m"] };
}
