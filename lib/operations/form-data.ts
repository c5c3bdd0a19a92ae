/**
 * FormData → plain object for zod. Repeated keys (checkbox groups) become arrays; Next's internal
 * $ACTION fields are dropped. Values stay strings: schemas use z.coerce where a number is meant.
 */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    const name = key.endsWith("[]") ? key.slice(0, -2) : key;
    out[name] = key.endsWith("[]") || values.length > 1 ? values : values[0];
  }
  return out;
}
