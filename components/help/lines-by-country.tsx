"use client";

import { useId, useState, useSyncExternalStore } from "react";
import { COUNTRIES, DEFAULT_LINES, linesFor, type Emergency, type HelpLine } from "@/lib/help/lines";
import { countryForTimeZone } from "@/lib/help/zones";
import { intlLocale, PSEUDO_LOCALE, type Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { KeyIn } from "@/lib/i18n/keys";
import { accent } from "@/lib/i18n/pseudo";
import { wordsT, type Words, type WordsT } from "@/lib/i18n/words";

type HelpT = WordsT<KeyIn<"help">>;

/** A country's name in the reader's language, from Intl (no list of names to translate). */
function countryName(locale: Locale, code: string): string {
  const name = new Intl.DisplayNames([intlLocale(locale)], { type: "region" }).of(code) ?? code;
  return locale === PSEUDO_LOCALE ? accent(name) : name;
}

function emergencyText(t: HelpT, e: Emergency): string {
  if (typeof e === "string") return e;
  if ("either" in e) return t("lines.emergencyEither", { a: e.either[0], b: e.either[1] });
  if ("ambulance" in e) return t("lines.emergencyAmbulance", { police: e.police, ambulance: e.ambulance });
  if ("mobile" in e) return t("lines.emergencyMobile", { police: e.police, mobile: e.mobile });
  return t("lines.emergencyLocal");
}

const CHOSEN_KEY = "steady:help:country";
const noSubscribe = () => () => {};
function remembered(): string | null {
  try {
    return window.localStorage.getItem(CHOSEN_KEY);
  } catch {
    return null;
  }
}
const guessed = () => countryForTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
const linkClass = "inline-flex min-h-11 max-w-full items-center justify-center rounded-2xl px-4 py-2 text-center text-base font-semibold";

const MARK = "\u0000";

/** A sentence around a word to send as it is ("SHOUT"): the word is kept out of translation. */
function KeepWord({ text, word }: { text: string; word: string }) {
  const [before, after] = text.split(MARK);
  return (
    <>
      {before}
      <span translate="no">{word}</span>
      {after}
    </>
  );
}

function Line({ line, t }: { line: HelpLine; t: HelpT }) {
  const name = line.nameKey ? t(`lines.${line.nameKey}`) : line.name;
  const nameId = useId();
  return (
    <li className="rounded-3xl border border-line bg-surface p-5" data-testid="help-line">
      {/* A service's own name is shown as it is, in every language. */}
      <h3 id={nameId} className="text-lg font-semibold" translate={line.nameKey ? undefined : "no"}>
        {name}
      </h3>
      <p className="mt-1 text-muted">{t(`about.${line.about}`)}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        {line.call && line.tel ? (
          <a href={`tel:${line.tel}`} className={`${linkClass} bg-accent text-accent-ink`}>
            {t("lines.call", { number: line.call })}
          </a>
        ) : null}
        {line.text ? (
          <a href={line.text.href} className={`${linkClass} border border-line bg-surface text-ink`}>
            {/* One box for the words, so they wrap as one sentence when text is large. */}
            <span>
              {line.text.word ? <KeepWord text={t("lines.textWord", { word: MARK, number: line.text.number })} word={line.text.word} /> : t("lines.text", { number: line.text.number })}
            </span>
          </a>
        ) : null}
        {line.website ? (
          <a href={line.website} rel="noreferrer" aria-describedby={nameId} className={`${linkClass} text-accent underline underline-offset-4`}>
            {t("lines.website")}
          </a>
        ) : null}
      </div>
    </li>
  );
}

/**
 * Lines for one country, first guessed from the phone's time zone (or the one passed in from the
 * profile), changeable, and remembered on this device. Unknown places get the international list.
 */
export function LinesByCountry({ initialCountry, words }: { initialCountry: string | null; words: Words<KeyIn<"help">> }) {
  const t = wordsT(words);
  const locale = words.locale;
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  // What only this device knows (its earlier choice, its zone), read after hydration.
  const earlier = useSyncExternalStore(noSubscribe, remembered, () => null);
  const zone = useSyncExternalStore(noSubscribe, guessed, () => null);
  const code = chosen ?? earlier ?? initialCountry ?? zone ?? DEFAULT_LINES.code;

  const choose = (value: string) => {
    setChosen(value);
    try {
      window.localStorage.setItem(CHOSEN_KEY, value);
    } catch {
      /* fine: just not remembered */
    }
  };
  const country = linesFor(code);
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-4">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {t("lines.heading")}
      </h2>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-country`} className="text-sm font-semibold">
          {t("lines.where")}
        </label>
        <select
          id={`${id}-country`}
          value={country.code}
          onChange={(e) => choose(e.target.value)}
          className="min-h-12 rounded-xl border border-line bg-surface px-3 text-base text-ink"
          data-testid="help-country"
        >
          {COUNTRIES.map((c) => ({ code: c.code, name: countryName(locale, c.code) }))
            .sort((a, b) => a.name.localeCompare(b.name, intlLocale(locale)))
            .map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          <option value={DEFAULT_LINES.code}>{t("lines.somewhereElse")}</option>
        </select>
      </div>
      <p className="rounded-2xl bg-calm-soft px-4 py-3 text-base" data-testid="help-emergency">
        {t("lines.danger", { number: emergencyText(t, country.emergency) })}
      </p>
      <ul className="flex flex-col gap-3">
        {country.lines.map((line) => (
          <Line key={line.name} line={line} t={t} />
        ))}
      </ul>
      <p className="text-sm text-muted">
        {t("lines.checkLocally", { date: formatDate(locale, "UTC", Date.parse(country.lastReviewed), "date") })}
      </p>
    </section>
  );
}
