"use client";

import { hardNavigate } from "@/lib/hard-navigate";
import { forgetSharedPages, forgetThisDevice } from "@/lib/pwa/client/forget-device";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useOperationForm } from "@/components/forms/use-operation-form";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";

interface Props {
  /** Leaving and deleting both ask for the password; nothing else does. */
  operation: "couples.leave" | "accounts.deleteAccount";
  openLabel: string;
  confirmLabel: string;
  explanation: string;
  done: string;
  testId: string;
  words: Words<KeyIn<"me">>;
}

/** Two taps and a password: a deliberate step, with no one else's consent needed. */
export function ConfirmWithPassword({ operation, openLabel, confirmLabel, explanation, done, testId, words }: Props) {
  const t = wordsT(words);
  const [open, setOpen] = useState(false);
  const { onSubmit, pending, formError, fieldErrors } = useOperationForm(operation, () => {
    // Deleting: nothing of mine stays in this browser. Leaving: the kept pages of our shared space go.
    void (operation === "accounts.deleteAccount" ? forgetThisDevice() : forgetSharedPages()).finally(() => hardNavigate(done));
  });
  if (!open) {
    return (
      <Button type="button" variant="danger" onClick={() => setOpen(true)} data-testid={`${testId}-open`}>
        {openLabel}
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" data-testid={testId}>
      <p>{explanation}</p>
      {formError && !fieldErrors.password ? <Notice tone="error">{formError}</Notice> : null}
      <Field label={t("confirm.password")} name="password" type="password" autoComplete="current-password" autoFocus errors={fieldErrors.password} />
      <div className="button-row">
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          {t("confirm.notNow")}
        </Button>
        <Button type="submit" variant="danger" disabled={pending}>
          {confirmLabel}
        </Button>
      </div>
    </form>
  );
}
