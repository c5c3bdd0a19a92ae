"use client";

import { hardNavigate } from "@/lib/hard-navigate";
import { signInWithPassword } from "@/lib/auth/client/credentials";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useOperationForm } from "@/components/forms/use-operation-form";
import { TimeZoneSelect } from "./time-zone-select";

export function SignUpForm({ from }: { from: string }) {
  const [signInError, setSignInError] = useState<string | null>(null);
  const { onSubmit, pending, formError, fieldErrors } = useOperationForm("accounts.signUp", async (_data, form) => {
    const values = new FormData(form);
    const res = await signInWithPassword(String(values.get("email") ?? ""), String(values.get("password") ?? "")).catch(() => null);
    if (res?.ok) hardNavigate(from);
    else setSignInError("Your account is ready, but signing in didn’t work. Please sign in with your new password.");
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-5">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {signInError ? <Notice tone="error">{signInError}</Notice> : null}
      <Field label="What should we call you?" name="name" autoComplete="given-name" required maxLength={60} errors={fieldErrors.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" inputMode="email" required errors={fieldErrors.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        maxLength={128}
        hint="At least 10 characters. A few unrelated words work well."
        errors={fieldErrors.password}
      />
      <TimeZoneSelect errors={fieldErrors.timeZone} />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create my account"}
      </Button>
      <p className="text-center text-sm text-muted">
        Already have an account?{" "}
        <Link className="font-semibold text-accent underline underline-offset-4" href={`/signin?from=${encodeURIComponent(from)}`}>
          Sign in
        </Link>
      </p>
    </form>
  );
}
