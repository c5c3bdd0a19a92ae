"use client";

import { hardNavigate } from "@/lib/hard-navigate";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useOperationForm } from "@/components/forms/use-operation-form";

export function JoinForm({ code }: { code?: string }) {
  const { onSubmit, pending, formError, fieldErrors } = useOperationForm("couples.redeemInvite", () => {
    hardNavigate("/today");
  });
  const codeErrors = fieldErrors.code;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-5">
      {formError && !codeErrors ? <Notice tone="error">{formError}</Notice> : null}
      <Field
        label="Invite code"
        name="code"
        defaultValue={code}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="e.g. 7KX2M-QH4TZ"
        className="font-mono text-lg tracking-widest uppercase"
        hint="Ten letters and numbers; dashes and spaces don’t matter."
        errors={codeErrors}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Joining…" : "Join our shared space"}
      </Button>
    </form>
  );
}
