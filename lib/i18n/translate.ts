import { createTranslator, type IntlError } from "use-intl/core";
import { intlLocale, type Locale } from "./config";
import type { KeyIn, MessageKey, MessageValues, Namespace } from "./keys";
import { messagesFor, type Messages } from "./messages";

/**
 * The server's translator (pages, operations, sockets; no Next APIs, so server.ts may load it).
 * Messages are ICU MessageFormat, parsed once and cached per locale by use-intl.
 */
function report(error: IntlError) {
  // A missing or broken message is a bug the catalogue tests should have caught; say so, keep going.
  console.warn(`[i18n] ${error.code}: ${error.message}`);
}

type Full = ReturnType<typeof createTranslator<Messages>>;
const translators = new Map<Locale, Full>();

function make(locale: Locale): Full {
  return createTranslator({
    locale: intlLocale(locale),
    messages: messagesFor(locale),
    onError: report,
    // Never show a key: fall back to the English words.
    getMessageFallback: ({ key, namespace }): string => {
      const full = namespace ? `${namespace}.${key}` : key;
      return locale === "en" ? full : say("en", full as MessageKey);
    },
  });
}

/** The whole catalogue's translator for a locale: `translatorFor("es")("pause.counting.headingMine")`. */
export function translatorFor(locale: Locale): Full {
  let t = translators.get(locale);
  if (!t) {
    t = make(locale);
    translators.set(locale, t);
  }
  return t;
}

function makeNamespace<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator<Messages, N>({
    locale: intlLocale(locale),
    messages: messagesFor(locale),
    namespace,
    onError: report,
    getMessageFallback: ({ key }): string => (locale === "en" ? `${namespace}.${key}` : say("en", `${namespace}.${key}` as MessageKey)),
  });
}

// One per locale and namespace for the life of the process: each keeps its parsed messages.
const namespaced = new Map<string, unknown>();

/** One namespace's translator: `const t = namespaceTranslator("es", "pause"); t("counting.headingMine")`. */
export function namespaceTranslator<N extends Namespace>(locale: Locale, namespace: N): ReturnType<typeof makeNamespace<N>> {
  const id = `${locale}|${namespace}`;
  let t = namespaced.get(id) as ReturnType<typeof makeNamespace<N>> | undefined;
  if (!t) {
    t = makeNamespace(locale, namespace);
    namespaced.set(id, t);
  }
  return t;
}

/** A namespace's words as a plain function, with the locale (for helpers shared by pages, records and tests). */
export interface NamespaceWords<N extends Namespace> {
  locale: Locale;
  t: (key: KeyIn<N>, values?: MessageValues) => string;
}

const words = new Map<string, NamespaceWords<Namespace>>();

/** `wordsFor("es", "agreements").t("kinds.NEED.one")`; cached per locale and namespace. */
export function wordsFor<N extends Namespace>(locale: Locale, namespace: N): NamespaceWords<N> {
  const id = `${locale}|${namespace}`;
  let w = words.get(id);
  if (!w) {
    w = { locale, t: namespaceTranslator(locale, namespace) as unknown as NamespaceWords<Namespace>["t"] };
    words.set(id, w);
  }
  return w as unknown as NamespaceWords<N>;
}

/** A message by its full key, for words built outside a page (refusals, socket errors). */
export function say(locale: Locale, key: MessageKey, values?: MessageValues): string {
  return (translatorFor(locale) as (key: string, values?: MessageValues) => string)(key, values);
}

/** True for a string that names a catalogue message (zod messages and refusals are keys). */
export function isMessageKey(text: string): text is MessageKey {
  return /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_-]+)+$/.test(text) && translatorFor("en").has(text as MessageKey);
}

let byEnglish: Map<string, MessageKey> | undefined;

/**
 * The key of an English refusal written out in code not yet converted (`COUPLE_ENDED`, a domain's
 * own constant that matches errors.*), so it is still said in the caller's language.
 */
export function englishKey(text: string): MessageKey | undefined {
  byEnglish ??= new Map(
    Object.entries(messagesFor("en").errors)
      .filter(([, message]) => typeof message === "string" && !message.includes("{"))
      .map(([key, message]) => [message as string, `errors.${key}` as MessageKey]),
  );
  return byEnglish.get(text);
}

/** Text that may be a catalogue key (a zod message, a field error; lib/i18n/ref.ts) in the caller's language; other text as it is. */
export function localize(locale: Locale, text: string): string {
  const space = text.indexOf(" {");
  if (space > 0 && isMessageKey(text.slice(0, space))) {
    try {
      return say(locale, text.slice(0, space) as MessageKey, JSON.parse(text.slice(space + 1)) as MessageValues);
    } catch {
      return text;
    }
  }
  const key = isMessageKey(text) ? text : englishKey(text);
  return key ? say(locale, key) : text;
}
