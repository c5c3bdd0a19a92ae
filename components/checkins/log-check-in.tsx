"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { TextArea } from "@/components/agreements/controls";
import { useOperationForm } from "@/components/forms/use-operation-form";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { CHECK_IN_NOTE_MAX, FEELINGS } from "@/lib/checkins/constants";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";

/** The words the form shows (checkins.form.*, checkins.feeling.*), from the page: clientWords("checkins", ["form", "feeling"]). */
export type LogWords = Words<KeyIn<"checkins">>;

export interface LogOption {
  agreementId: string;
  about: string;
}

interface Props {
  /** Every check-in we can log; with more than one, the form asks which (preselected: `selected`). */
  options: readonly LogOption[];
  selected: string;
  words: LogWords;
  /** "mine": add my part to the check-in my partner logged (same occurrence, so the same time). */
  mode?: "log" | "mine";
  /** For "mine": when the check-in happened. */
  happenedAt?: string;
  openLabel?: string;
  startOpen?: boolean;
  /** Open the form on arrival, closable as usual (the home-screen shortcut "Log a check-in"). */
  openAtFirst?: boolean;
  variant?: "primary" | "secondary" | "quiet";
}

/**
 * Logging a check-in in two taps: open, then tap how it felt (each feeling is a submit button).
 * Which one and when are already filled in (now); a note is optional. A second log of the same
 * occurrence — mine or my partner's — is the same check-in: the server keeps one.
 */
export function LogCheckIn(props: Props) {
  const { startOpen = false, variant = "primary" } = props;
  const openLabel = props.openLabel ?? wordsT(props.words)("form.open");
  const router = useRouter();
  const [open, setOpen] = useState(startOpen || !!props.openAtFirst);
  if (!open) {
    return (
      <Button type="button" variant={variant} className="w-full" onClick={() => setOpen(true)} data-testid="log-open">
        {openLabel}
      </Button>
    );
  }
  // Mounted afresh each time it opens, so a cancelled attempt leaves no error or earlier time behind.
  return (
    <LogForm
      {...props}
      onCancel={startOpen ? undefined : () => setOpen(false)}
      onDone={() => {
        setOpen(startOpen);
        router.refresh();
      }}
    />
  );
}

function LogForm({ options, selected, words, mode = "log", happenedAt, onCancel, onDone }: Props & { onCancel?: () => void; onDone: () => void }) {
  const t = wordsT(words);
  const [earlier, setEarlier] = useState(false);
  const when = useRef<HTMLInputElement>(null);
  const id = useId();
  const { onSubmit, pending, formError, fieldErrors } = useOperationForm("checkins.log", onDone);

  const chosen = options.find((o) => o.agreementId === selected) ?? options[0];
  // A time error shows under the time field when there is one; otherwise the form-level notice says it.
  const whenError = mode === "log" && earlier ? fieldErrors.happenedAt?.[0] : undefined;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" data-testid="log-form" aria-label={mode === "mine" ? t("form.addMine") : t("form.title")}>
      {mode === "log" && options.length > 1 ? (
        <div className="flex flex-col gap-1.5">
          <label htmlFor={`${id}-which`} className="text-sm font-semibold">
            {t("form.which")}
          </label>
          <select
            id={`${id}-which`}
            name="agreementId"
            defaultValue={chosen?.agreementId}
            className="min-h-12 rounded-xl border border-line bg-surface px-4 text-base text-ink"
          >
            {options.map((o) => (
              <option key={o.agreementId} value={o.agreementId}>
                {o.about}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <input type="hidden" name="agreementId" value={chosen?.agreementId ?? selected} />
      )}

      {mode === "mine" ? (
        <input type="hidden" name="happenedAt" value={happenedAt ?? ""} />
      ) : (
        <div className="flex flex-col gap-1.5">
          <input type="hidden" name="happenedAt" ref={when} defaultValue="" />
          {earlier ? (
            <>
              <label htmlFor={`${id}-when`} className="text-sm font-semibold">
                {t("form.whenInput")}
              </label>
              <input
                id={`${id}-when`}
                type="datetime-local"
                required
                aria-invalid={fieldErrors.happenedAt?.length ? true : undefined}
                aria-describedby={fieldErrors.happenedAt?.length ? `${id}-when-error` : undefined}
                // The phone's own clock reads the local time; the server gets the instant.
                onChange={(e) => {
                  const t = new Date(e.currentTarget.value);
                  if (when.current) when.current.value = Number.isNaN(t.getTime()) ? "" : t.toISOString();
                }}
                className="min-h-12 rounded-xl border border-line bg-surface px-4 text-base text-ink aria-invalid:border-danger"
              />
            </>
          ) : (
            <p className="flex min-h-11 flex-wrap items-center gap-x-3">
              <span className="text-sm font-semibold">{t("form.when")}</span>
              <span>{t("form.now")}</span>
              <button type="button" className="min-h-11 text-accent underline underline-offset-4" onClick={() => setEarlier(true)}>
                {t("form.earlier")}
              </button>
            </p>
          )}
          <FieldErrors id={`${id}-when-error`} errors={whenError ? [whenError] : undefined} />
        </div>
      )}

      <TextArea label={t("form.note")} hint={t("form.noteHint", { max: CHECK_IN_NOTE_MAX })} name="note" rows={2} maxLength={CHECK_IN_NOTE_MAX} errors={fieldErrors.note} />

      <fieldset className="flex flex-col gap-2" aria-describedby={`${id}-feeling-hint`}>
        <legend className="text-sm font-semibold">{t("form.feeling")}</legend>
        <p id={`${id}-feeling-hint`} className="text-sm text-muted">
          {t("form.feelingHint")}
        </p>
        <div className="grid grid-cols-5 gap-1.5">
          {FEELINGS.map((f) => (
            <button
              key={f.value}
              type="submit"
              name="feeling"
              value={f.value}
              disabled={pending}
              data-testid={`feeling-${f.value}`}
              className="flex min-h-16 flex-col items-center justify-center gap-0.5 rounded-2xl border border-line bg-surface px-1 py-2 text-center text-ink hover:bg-sunken disabled:opacity-60"
            >
              <span aria-hidden className="text-xl font-semibold text-accent">
                {f.value}
              </span>
              <span className="text-xs leading-tight font-medium">{t(`feeling.${f.value}`)}</span>
            </button>
          ))}
        </div>
        <FieldErrors errors={fieldErrors.feeling} />
      </fieldset>

      {pending ? (
        <p role="status" className="text-sm text-muted">
          {t("form.saving")}
        </p>
      ) : null}
      {formError && formError !== whenError ? (
        <Notice tone="error" testId="log-error">
          {formError}
        </Notice>
      ) : null}
      {onCancel ? (
        <Button type="button" variant="quiet" onClick={onCancel}>
          {t("form.cancel")}
        </Button>
      ) : null}
    </form>
  );
}
