"use client";

import { useState, useTransition, type FormEvent } from "react";
import { runOperation } from "@/lib/operations/client/run-operation";
import type { OperationName, OperationOutput } from "@/lib/operations/registry";
import type { ActionResult } from "@/lib/operations/result";

/**
 * Submits a form to an operation (over the app's one server action) without React's automatic
 * form reset, so what people typed stays put on an error — except passwords, which are cleared
 * and never sent back.
 */
export function useOperationForm<N extends OperationName>(
  name: N,
  onSuccess?: (data: OperationOutput<N>, form: HTMLFormElement) => void | Promise<void>,
) {
  const [result, setResult] = useState<ActionResult<OperationOutput<N>> | null>(null);
  const [pending, startTransition] = useTransition();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    // The button that submitted counts as a field (e.g. one of five "how it felt" buttons).
    const data = new FormData(form, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(async () => {
      const res = await runOperation(name, data);
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
