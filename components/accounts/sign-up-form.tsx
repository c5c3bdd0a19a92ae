"use client";

import { hardNavigate } from "@/lib/hard-navigate";
import { signInWithPassword } from "@/lib/auth/client/credentials";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useOperationForm } from "@/components/forms/use-operation-form";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";
import { TimeZoneSelect } from "./time-zone-select";

export function SignUpForm({ from, words }: { from: string; words: Words<KeyIn<"auth">> }) {
  const t = wordsT(words);
  const [signInError, setSignInError] = useState<string | null>(null);
  const { onSubmit, pending, formError, fieldErrors } = useOperationForm("accounts.signUp", async (_data, form) => {
    const values = new FormData(form);
    const res = await signInWithPassword(String(values.get("email") ?? ""), String(values.get("password") ?? "")).catch(() => null);
    if (res?.ok) hardNavigate(from);
    else setSignInError(t("signUp.signInFailed"));
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-5">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {signInError ? <Notice tone="error">{signInError}</Notice> : null}
      <Field label={t("signUp.name")} name="name" autoComplete="given-name" required maxLength={60} errors={fieldErrors.name} />
      <Field label={t("email")} name="email" type="email" autoComplete="email" inputMode="email" required errors={fieldErrors.email} />
      <Field
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        maxLength={128}
        hint={t("signUp.passwordHint")}
        errors={fieldErrors.password}
      />
      <TimeZoneSelect errors={fieldErrors.timeZone} label={t("timeZone")} />
      <Button type="submit" disabled={pending} data-testid="signup-submit">
        {pending ? t("signUp.pending") : t("signUp.submit")}
      </Button>
      <p className="text-center text-sm text-muted">
        {t("signUp.haveAccount")}{" "}
        <Link className="font-semibold text-accent underline underline-offset-4" href={`/signin?from=${encodeURIComponent(from)}`}>
          {t("signUp.signIn")}
        </Link>
      </p>
    </form>
  );
}
