"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useOperationForm } from "@/components/forms/use-operation-form";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";

export function PasswordForm({ words }: { words: Words<KeyIn<"me">> }) {
  const t = wordsT(words);
  const { onSubmit, pending, formError, fieldErrors, result } = useOperationForm("accounts.changePassword", (_data, form) => form.reset());
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {result?.ok ? <Notice tone="calm">{t("password.changed")}</Notice> : null}
      <Field label={t("password.current")} name="currentPassword" type="password" autoComplete="current-password" errors={fieldErrors.currentPassword} />
      <Field label={t("password.new")} name="newPassword" type="password" autoComplete="new-password" hint={t("password.newHint")} errors={fieldErrors.newPassword} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("password.submit")}
      </Button>
    </form>
  );
}
