"use client";

import { hardNavigate } from "@/lib/hard-navigate";
import { forgetSharedPages, forgetThisDevice } from "@/lib/pwa/client/forget-device";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useOperationForm } from "@/components/forms/use-operation-form";

interface Props {
  /** Leaving and deleting both ask for the password; nothing else does. */
  operation: "couples.leave" | "accounts.deleteAccount";
  openLabel: string;
  confirmLabel: string;
  explanation: string;
  done: string;
  testId: string;
}

/** Two taps and a password: a deliberate step, with no one else's consent needed. */
export function ConfirmWithPassword({ operation, openLabel, confirmLabel, explanation, done, testId }: Props) {
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
      <Field label="Your password" name="password" type="password" autoComplete="current-password" autoFocus errors={fieldErrors.password} />
      <div className="grid grid-cols-2 gap-3">
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          Not now
        </Button>
        <Button type="submit" variant="danger" disabled={pending}>
          {confirmLabel}
        </Button>
      </div>
    </form>
  );
}
