import { z } from "zod";
import { AppError, GENERIC_ERROR, type AppErrorCode } from "../errors";

/** The one result shape of every operation, over every transport (server action, socket ack, HTTP body). */
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export interface ActionFailure {
  ok: false;
  code: AppErrorCode | "internal";
  error: string;
  fieldErrors?: Record<string, string[]>;
  retryAfterSeconds?: number;
}

/** An AppError as a result; anything else becomes the generic message (the caller logs it). */
export function failure(err: unknown): ActionFailure {
  if (!(err instanceof AppError)) return { ok: false, code: "internal", error: GENERIC_ERROR };
  return {
    ok: false,
    code: err.code,
    error: err.message,
    ...(err.fieldErrors ? { fieldErrors: err.fieldErrors } : {}),
    ...(err.retryAfterSeconds ? { retryAfterSeconds: err.retryAfterSeconds } : {}),
  };
}

const NOT_UNDERSTOOD = "That request was not understood. Please reload the page and try again.";

/** Zod's issues as field errors under the inputs, and one line for the form. */
export function invalidInput(error: z.ZodError): ActionFailure {
  // Not even an object: no person typed this (an old page, a broken client); say what to do.
  if (error.issues.some((issue) => issue.path.length === 0 && issue.code === "invalid_type")) return { ok: false, code: "bad_request", error: NOT_UNDERSTOOD };
  const flat = z.flattenError(error);
  const fieldErrors = Object.fromEntries(Object.entries(flat.fieldErrors).filter(([, v]) => Array.isArray(v) && v.length)) as Record<
    string,
    string[]
  >;
  const first = flat.formErrors[0] ?? Object.values(fieldErrors)[0]?.[0] ?? "Please check what you entered.";
  return {
    ok: false,
    code: "bad_request",
    error: Object.keys(fieldErrors).length ? "Please check the highlighted fields." : first,
    ...(Object.keys(fieldErrors).length ? { fieldErrors } : {}),
  };
}
