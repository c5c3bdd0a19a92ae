import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import compile from "icu-minify/compile";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import es from "../../messages/es.json";
import { LOCALES, PSEUDO_LOCALE, type Locale } from "./config";
import { messagesFor } from "./messages";
import { pseudoCatalogue } from "./pseudo-catalogue";
import { say } from "./translate";
import { wordsT } from "./words";
import type { MessageKey } from "./keys";

type Catalogue = { [key: string]: string | Catalogue };

function flatten(part: Catalogue, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(part)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** Every argument a message takes, with a value of the right kind (a count for plurals, an option for selects). */
// Tags (<b>…</b>) get a function that keeps their words as text, on both sides.
const keepWords = ((chunks: string[]) => chunks.join("")) as unknown as string;

function sampleValues(elements: MessageFormatElement[], text = (name: string) => `‹${name}›`, into: Record<string, string | number> = {}): Record<string, string | number> {
  for (const el of elements) {
    if (el.type === TYPE.argument) into[el.value] ??= text(el.value);
    if (el.type === TYPE.number) into[el.value] = 3;
    if (el.type === TYPE.plural) into[el.value] = 3;
    if (el.type === TYPE.select) into[el.value] ??= Object.keys(el.options).find((k) => k !== "other") ?? "other";
    if (el.type === TYPE.tag) {
      into[el.value] = keepWords;
      sampleValues(el.children, text, into);
    }
    if (el.type === TYPE.plural || el.type === TYPE.select) for (const o of Object.values(el.options)) sampleValues(o.value, text, into);
  }
  return into;
}

function argumentNames(message: string): Set<string> {
  return new Set(Object.keys(sampleValues(parse(message))));
}

const english = flatten(en);
const catalogues: Record<Locale, Map<string, string>> = {
  en: english,
  es: flatten(es),
  [PSEUDO_LOCALE]: flatten(messagesFor(PSEUDO_LOCALE)),
};

describe("the catalogues", () => {
  it.each(LOCALES.filter((l) => l !== "en"))("%s has exactly the English keys", (locale) => {
    expect([...catalogues[locale].keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each([...LOCALES, PSEUDO_LOCALE])("every %s message is valid ICU (plurals and selects with an other case)", (locale) => {
    const broken: string[] = [];
    for (const [key, message] of catalogues[locale as Locale]) {
      try {
        parse(message, { requiresOtherClause: true });
      } catch (err) {
        broken.push(`${key}: ${(err as Error).message}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("a translation only uses the English message's arguments (it may leave some out)", () => {
    const extra: string[] = [];
    for (const [key, message] of catalogues.es) {
      const allowed = argumentNames(english.get(key)!);
      for (const name of argumentNames(message)) if (!allowed.has(name)) extra.push(`${key}: {${name}}`);
    }
    expect(extra).toEqual([]);
  });

  it("is never empty, and never a key or leftover English where Spanish belongs", () => {
    const same = [...catalogues.es].filter(([key, message]) => !message.trim() || (message === english.get(key) && /[a-z]{4,}/i.test(message.replace(/\{[^}]*\}/g, ""))));
    // Words that are the same in both languages (a unit, a brand) would be listed here on purpose.
    expect(same.map(([key]) => key).filter((key) => !["pause.history.minutes", "pause.history.hours", "pause.history.hoursMinutes", "agreements.needs.RITUAL.label", "agreements.templates.need-ritual.title"].includes(key))).toEqual([]);
  });
});

describe("the pseudo-locale", () => {
  it("is generated from English: same keys, same arguments, every letter accented", () => {
    const pseudo = pseudoCatalogue(en as Catalogue);
    expect([...flatten(pseudo).keys()]).toEqual([...english.keys()]);
    for (const [key, message] of flatten(pseudo)) {
      expect(argumentNames(message), key).toEqual(argumentNames(english.get(key)!));
      // With values that hold no letters, no plain letter may be left: every word went through the accenting.
      const shown = say(PSEUDO_LOCALE, key as MessageKey, sampleValues(parse(message), () => "1"));
      expect(shown.match(/[A-Za-z]/g), `${key}: ${shown}`).toBeNull();
      expect(shown.startsWith("[") && shown.endsWith("]"), key).toBe(true);
    }
  });

  it("lengthens text by about a third, so layouts meet longer languages", () => {
    const text = say(PSEUDO_LOCALE, "landing.heading");
    expect(text.length).toBeGreaterThan(en.landing.heading.length * 1.3);
  });
});

describe("server and browser say the same words", () => {
  it.each([...LOCALES, PSEUDO_LOCALE])("%s: the compiled words a client island gets format like the server's translator", (locale) => {
    const differ: string[] = [];
    for (const [key, message] of catalogues[locale as Locale]) {
      const values = sampleValues(parse(english.get(key)!));
      const server = say(locale as Locale, key as MessageKey, values);
      const client = wordsT({ locale: locale as Locale, m: { [key]: compile(message) } })(key, values);
      if (server !== client) differ.push(`${key}: server "${server}" / browser "${client}"`);
    }
    expect(differ).toEqual([]);
  });
});
