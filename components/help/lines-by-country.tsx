"use client";

import { useId, useState, useSyncExternalStore } from "react";
import { COUNTRIES, DEFAULT_LINES, linesFor, type HelpLine } from "@/lib/help/lines";
import { countryForTimeZone } from "@/lib/help/zones";

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
const linkClass = "inline-flex min-h-11 items-center justify-center rounded-2xl px-4 text-base font-semibold";

function Line({ line }: { line: HelpLine }) {
  return (
    <li className="rounded-3xl border border-line bg-surface p-5" data-testid="help-line">
      <h3 className="text-lg font-semibold">{line.name}</h3>
      <p className="mt-1 text-muted">{line.about}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        {line.call && line.tel ? (
          <a href={`tel:${line.tel}`} className={`${linkClass} bg-accent text-accent-ink`}>
            Call {line.call}
          </a>
        ) : null}
        {line.text ? (
          <a href={line.text.href} className={`${linkClass} border border-line bg-surface text-ink`}>
            {line.text.label}
          </a>
        ) : null}
        {line.website ? (
          <a href={line.website} rel="noreferrer" className={`${linkClass} text-accent underline underline-offset-4`}>
            Website<span className="sr-only"> of {line.name}</span>
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
export function LinesByCountry({ initialCountry }: { initialCountry: string | null }) {
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
        People you can talk to now
      </h2>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-country`} className="text-sm font-semibold">
          Where you are
        </label>
        <select
          id={`${id}-country`}
          value={country.code}
          onChange={(e) => choose(e.target.value)}
          className="min-h-12 rounded-xl border border-line bg-surface px-3 text-base text-ink"
          data-testid="help-country"
        >
          {[...COUNTRIES].sort((a, b) => a.name.localeCompare(b.name)).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
          <option value={DEFAULT_LINES.code}>{DEFAULT_LINES.name}</option>
        </select>
      </div>
      <p className="rounded-2xl bg-calm-soft px-4 py-3 text-base" data-testid="help-emergency">
        If you or someone else is in danger right now, call <strong>{country.emergency}</strong>.
      </p>
      <ul className="flex flex-col gap-3">
        {country.lines.map((line) => (
          <Line key={line.name} line={line} />
        ))}
      </ul>
      <p className="text-sm text-muted">
        Numbers change sometimes: if one doesn’t work, check locally or at findahelpline.com. This list was last reviewed on {country.lastReviewed}.
      </p>
    </section>
  );
}
