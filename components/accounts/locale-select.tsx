"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Notice } from "@/components/ui/notice";
import { LOCALE_NAMES, type Locale } from "@/lib/i18n/config";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";
import { runOperation } from "@/lib/operations/client/run-operation";

/**
 * The app's language on Me. Changing it saves at once (no Save button) and re-renders every
 * screen in the new words; "" follows each browser. Languages are named in themselves.
 */
export function LocaleSelect({
  saved,
  device,
  locales,
  words,
}: {
  /** What this person chose, or "" to follow the browser. */
  saved: Locale | "";
  /** What the browser asks for, named in "Same as this device (…)". */
  device: Locale;
  locales: Locale[];
  words: Words<KeyIn<"language">>;
}) {
  const t = wordsT(words);
  const id = `field-locale${useId()}`;
  const router = useRouter();
  const [value, setValue] = useState<string>(saved);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const choose = (next: string) => {
    setValue(next);
    setError(null);
    startTransition(async () => {
      const res = await runOperation("accounts.setLocale", { locale: next as Locale | "" });
      if (res.ok) router.refresh();
      else {
        setValue(saved);
        setError(res.fieldErrors?.locale?.[0] ?? res.error);
      }
    });
  };

  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-semibold">
        {t("label")}
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {t("hint")}
      </p>
      <select
        id={id}
        name="locale"
        value={value}
        disabled={pending}
        aria-describedby={`${id}-hint`}
        onChange={(e) => choose(e.target.value)}
        className="min-h-12 rounded-xl border border-line bg-surface px-3 text-base text-ink"
        data-testid="locale-select"
      >
        <option value="">{t("automatic", { current: LOCALE_NAMES[device] })}</option>
        {locales.map((l) => (
          <option key={l} value={l} lang={l} translate="no">
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      {pending ? (
        <p role="status" className="text-sm text-muted">
          {t("saving")}
        </p>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
