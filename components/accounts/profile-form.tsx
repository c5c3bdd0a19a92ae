"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useOperationForm } from "@/components/forms/use-operation-form";
import { TimeZoneSelect } from "./time-zone-select";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";

export function ProfileForm({ name, timeZone, words }: { name: string; timeZone: string; words: Words<KeyIn<"me">> }) {
  const t = wordsT(words);
  const router = useRouter();
  const { onSubmit, pending, formError, fieldErrors, result } = useOperationForm("accounts.updateProfile", () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {result?.ok ? <Notice tone="calm">{t("profile.saved")}</Notice> : null}
      <Field label={t("profile.name")} name="name" defaultValue={name} autoComplete="given-name" maxLength={60} errors={fieldErrors.name} />
      <TimeZoneSelect defaultValue={timeZone} errors={fieldErrors.timeZone} label={t("profile.timeZone")} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("profile.save")}
      </Button>
    </form>
  );
}
