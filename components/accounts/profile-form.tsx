"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useOperationForm } from "@/components/forms/use-operation-form";
import { TimeZoneSelect } from "./time-zone-select";

export function ProfileForm({ name, timeZone }: { name: string; timeZone: string }) {
  const router = useRouter();
  const { onSubmit, pending, formError, fieldErrors, result } = useOperationForm("accounts.updateProfile", () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {result?.ok ? <Notice tone="calm">Saved.</Notice> : null}
      <Field label="Name" name="name" defaultValue={name} autoComplete="given-name" maxLength={60} errors={fieldErrors.name} />
      <TimeZoneSelect defaultValue={timeZone} errors={fieldErrors.timeZone} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Save
      </Button>
    </form>
  );
}
