"use server";

import "server-only";
import { negotiateLocale } from "../i18n/negotiate";
import { say } from "../i18n/translate";
import { executeOperation } from "./execute";
import { formDataToObject } from "./form-data";
import { currentRequest } from "./next-request";
import { findOperation } from "./registry";
import type { ActionResult } from "./result";

/**
 * The app's one server action: runs any operation of the registry by name, for whoever is
 * signed in. Browsers call it through runOperation (typed) or sendOperation (socket first).
 * A form's FormData becomes a plain object; the operation's schema coerces its strings.
 */
export async function callOperation(name: string, input: unknown): Promise<ActionResult<unknown>> {
  const op = findOperation(name);
  if (!op) {
    // Refused before anything else is read; the request only chooses the words' language.
    const language = await currentRequest().then((r) => r.acceptLanguage, () => undefined);
    return { ok: false, code: "not_found", error: say(negotiateLocale(language), "errors.noSuchAction") };
  }
  return executeOperation(op, input instanceof FormData ? formDataToObject(input) : input, await currentRequest());
}
