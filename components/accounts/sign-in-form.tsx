"use client";

import { hardNavigate } from "@/lib/hard-navigate";
import { signInWithPassword } from "@/lib/auth/client/credentials";
import Link from "next/link";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

export function SignInForm({ from }: { from: string }) {
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
      setError(res?.error && res.error !== "CredentialsSignin" ? res.error : "We couldn’t sign you in just now. Please try again.");
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-5">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Field label="Email" name="email" type="email" autoComplete="email" inputMode="email" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required maxLength={128} />
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-center text-sm text-muted">
        New to Steady?{" "}
        <Link className="font-semibold text-accent underline underline-offset-4" href={`/signup?from=${encodeURIComponent(from)}`}>
          Create an account
        </Link>
      </p>
    </form>
  );
}
