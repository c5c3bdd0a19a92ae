import { z } from "zod";
import { AppError, type AppErrorCode } from "../errors";
import type { Locale } from "../i18n/config";
import { localize, say } from "../i18n/translate";

/** The one result shape of every operation, over every transport (server action, socket ack, HTTP body). */
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export interface ActionFailure {
  ok: false;
  code: AppErrorCode | "internal";
  error: string;
  fieldErrors?: Record<string, string[]>;
  retryAfterSeconds?: number;
}

/** Field errors in the caller's language; one that repeats the error's own (English) message is said as the error is. */
function localizeFields(fieldErrors: Record<string, string[]>, locale: Locale, same?: { english: string; said: string }): Record<string, string[]> {
  const say1 = (text: string) => (same && text === same.english ? same.said : localize(locale, text));
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, list]) => [field, list.map(say1)]));
}

/**
 * An AppError as a result, in the caller's language (keys from the catalogue; English text that
 * is not yet a key passes through); anything else becomes the generic message (the caller logs it).
 */
export function failure(err: unknown, locale: Locale = "en"): ActionFailure {
  if (!(err instanceof AppError)) return { ok: false, code: "internal", error: say(locale, "errors.generic") };
  const error = err.key ? say(locale, err.key, err.values) : err.message;
  return {
    ok: false,
    code: err.code,
    error,
    ...(err.fieldErrors ? { fieldErrors: localizeFields(err.fieldErrors, locale, { english: err.message, said: error }) } : {}),
    ...(err.retryAfterSeconds ? { retryAfterSeconds: err.retryAfterSeconds } : {}),
  };
}

/** Zod's issues as field errors under the inputs, and one line for the form; schemas' messages are catalogue keys. */
export function invalidInput(error: z.ZodError, locale: Locale = "en"): ActionFailure {
  // Not even an object: no person typed this (an old page, a broken client); say what to do.
  if (error.issues.some((issue) => issue.path.length === 0 && issue.code === "invalid_type")) {
    return { ok: false, code: "bad_request", error: say(locale, "errors.notUnderstood") };
  }
  const flat = z.flattenError(error);
  const fieldErrors = localizeFields(
    Object.fromEntries(Object.entries(flat.fieldErrors).filter(([, v]) => Array.isArray(v) && v.length)) as Record<string, string[]>,
    locale,
  );
  const formError = flat.formErrors[0];
  const first = formError ? localize(locale, formError) : (Object.values(fieldErrors)[0]?.[0] ?? say(locale, "errors.checkInput"));
  return {
    ok: false,
    code: "bad_request",
    error: Object.keys(fieldErrors).length ? say(locale, "errors.checkFields") : first,
    ...(Object.keys(fieldErrors).length ? { fieldErrors } : {}),
  };
}
