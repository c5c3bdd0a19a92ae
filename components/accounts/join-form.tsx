"use client";

import { hardNavigate } from "@/lib/hard-navigate";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useOperationForm } from "@/components/forms/use-operation-form";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";

export function JoinForm({ code, words }: { code?: string; words: Words<KeyIn<"together">> }) {
  const t = wordsT(words);
  const { onSubmit, pending, formError, fieldErrors } = useOperationForm("couples.redeemInvite", () => {
    hardNavigate("/today");
  });
  const codeErrors = fieldErrors.code;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-5">
      {formError && !codeErrors ? <Notice tone="error">{formError}</Notice> : null}
      <Field
        label={t("join.code")}
        name="code"
        defaultValue={code}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder={t("join.codePlaceholder")}
        className="font-mono text-lg tracking-widest uppercase"
        hint={t("join.codeHint")}
        errors={codeErrors}
      />
      <Button type="submit" disabled={pending} data-testid="join-submit">
        {pending ? t("join.joining") : t("join.submit")}
      </Button>
    </form>
  );
}
