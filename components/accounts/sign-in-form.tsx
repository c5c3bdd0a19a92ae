"use client";

import { hardNavigate } from "@/lib/hard-navigate";
import { signInWithPassword } from "@/lib/auth/client/credentials";
import Link from "next/link";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";

export function SignInForm({ from, words }: { from: string; words: Words<KeyIn<"auth">> }) {
  const t = wordsT(words);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    startTransition(async () => {
      const res = await signInWithPassword(String(values.get("email") ?? ""), String(values.get("password") ?? "")).catch(() => null);
      if (res?.ok && !res.error) {
        // A full load, so the live connection starts with the new session.
        hardNavigate(from);
        return;
      }
      const password = form.elements.namedItem("password");
      if (password instanceof HTMLInputElement) password.value = "";
      // The server says why in the person's language (lib/auth/options.ts); anything else is ours to say.
      setError(res?.error && res.error !== "CredentialsSignin" ? res.error : t("signIn.failed"));
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-5">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Field label={t("email")} name="email" type="email" autoComplete="email" inputMode="email" required />
      <Field label={t("password")} name="password" type="password" autoComplete="current-password" required maxLength={128} />
      <Button type="submit" disabled={pending} data-testid="signin-submit">
        {pending ? t("signIn.pending") : t("signIn.submit")}
      </Button>
      <p className="text-center text-sm text-muted">
        {t("signIn.newHere")}{" "}
        <Link className="font-semibold text-accent underline underline-offset-4" href={`/signup?from=${encodeURIComponent(from)}`}>
          {t("signIn.createAccount")}
        </Link>
      </p>
    </form>
  );
}
