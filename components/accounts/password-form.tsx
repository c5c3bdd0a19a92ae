"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useOperationForm } from "@/components/forms/use-operation-form";

export function PasswordForm() {
  const { onSubmit, pending, formError, fieldErrors, result } = useOperationForm("accounts.changePassword", (_data, form) => form.reset());
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {result?.ok ? <Notice tone="calm">Password changed. Your other devices were signed out.</Notice> : null}
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" errors={fieldErrors.currentPassword} />
      <Field label="New password" name="newPassword" type="password" autoComplete="new-password" hint="At least 10 characters." errors={fieldErrors.newPassword} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Change password
      </Button>
    </form>
  );
}
