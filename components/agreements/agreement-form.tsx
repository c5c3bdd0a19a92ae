"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useOperationForm } from "@/components/forms/use-operation-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { LONG_TEXT, type Kind } from "@/lib/agreements/constants";
import type { AgreementContent } from "@/lib/agreements/schemas";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";
import { TextArea } from "./controls";
import { CheckInFields, NeedFields, PauseFields, TriggerFields, type People } from "./kind-fields";

export type FormMode = { mode: "new" } | { mode: "change"; agreementId: string; basedOnVersionId: string } | { mode: "counter"; agreementId: string; versionId: string };

interface Props {
  kind: Kind;
  target: FormMode;
  /** Starting values: a template, the active version, or the proposal being countered. */
  initial: Partial<AgreementContent> | null;
  people: People;
  /** Where to go once it's sent (e.g. back to the weekly review); by default the agreement itself. */
  doneHref?: string;
  /** components/agreements/form-words.ts */
  words: Words<KeyIn<"agreements">>;
}

const operations = { new: "agreements.propose", change: "agreements.proposeChange", counter: "agreements.counter" } as const;
const submitLabels = { new: "form.submitNew", change: "form.submitChange", counter: "form.submitCounter" } as const;

/**
 * One form for every kind and every way in (new, change, counter). What people typed stays put on
 * an error, and each message appears under its field.
 */
export function AgreementForm({ kind, target, initial, people, doneHref, words }: Props) {
  const t = wordsT(words);
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const { onSubmit, pending, formError, fieldErrors, result } = useOperationForm(operations[target.mode], (data) => {
    router.push(doneHref ?? `/agreements/${data.agreementId}`);
    router.refresh();
  });
  // After a refused submit, take people to the first field that needs them (it may be far up).
  useEffect(() => {
    if (result && !result.ok) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"] input, [aria-invalid="true"]')?.focus();
  }, [result]);
  const value = (initial ?? {}) as Record<string, never>;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-5" data-testid="agreement-form">
      <input type="hidden" name="kind" value={kind} />
      {target.mode === "change" ? (
        <>
          <input type="hidden" name="agreementId" value={target.agreementId} />
          <input type="hidden" name="basedOnVersionId" value={target.basedOnVersionId} />
        </>
      ) : null}
      {target.mode === "counter" ? (
        <>
          <input type="hidden" name="agreementId" value={target.agreementId} />
          <input type="hidden" name="versionId" value={target.versionId} />
        </>
      ) : null}
      {kind === "CHECK_IN" ? <CheckInFields value={value} people={people} errors={fieldErrors} t={t} /> : null}
      {kind === "TRIGGER_RESPONSE" ? <TriggerFields value={value} people={people} errors={fieldErrors} t={t} /> : null}
      {kind === "PAUSE_RULE" ? <PauseFields value={value} errors={fieldErrors} t={t} /> : null}
      {kind === "NEED" ? <NeedFields value={value} errors={fieldErrors} t={t} /> : null}
      <TextArea
        label={t("form.note", { partner: people.partnerName })}
        hint={t("form.noteHint")}
        name="note"
        rows={2}
        maxLength={LONG_TEXT}
        placeholder={t("form.notePlaceholder")}
        errors={fieldErrors.note}
      />
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Button type="submit" disabled={pending} data-testid="agreement-submit">
        {pending ? t("form.sending") : t(submitLabels[target.mode], { partner: people.partnerName })}
      </Button>
      <p className="-mt-2 text-center text-sm text-muted">{t("form.footer", { partner: people.partnerName })}</p>
    </form>
  );
}
