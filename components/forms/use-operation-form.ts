"use client";

import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/operation";

type ServerAction<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;

/**
 * Submits a form to a server action without React's automatic form reset, so what people typed
 * stays put on an error — except passwords, which are cleared and never sent back.
 */
export function useOperationForm<T>(action: ServerAction<T>, onSuccess?: (data: T, form: HTMLFormElement) => void | Promise<void>) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(async () => {
      let res: ActionResult<T>;
      try {
        res = await action(null, data);
      } catch {
        res = { ok: false, code: "internal", error: "We couldn’t reach Steady. Check your connection and try again." };
      }
      if (res.ok) {
        setResult(res);
        await onSuccess?.(res.data, form);
      } else {
        form.querySelectorAll<HTMLInputElement>('input[type="password"]').forEach((input) => (input.value = ""));
        setResult(res);
      }
    });
  };

  const failure = result && !result.ok ? result : null;
  return {
    onSubmit,
    pending,
    result,
    formError: failure?.error ?? null,
    fieldErrors: (failure?.fieldErrors ?? {}) as Record<string, string[] | undefined>,
  };
}
