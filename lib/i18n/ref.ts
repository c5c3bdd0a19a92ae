import type { MessageKey, MessageValues } from "./keys";

/**
 * A catalogue key with values, as one string, for places that only carry a string (zod messages,
 * field errors): "agreements.validation.tooLong {"max":100}". lib/i18n/translate.ts#localize reads
 * it back. Client-safe (schemas are shared with forms).
 */
export function messageRef(key: MessageKey, values?: MessageValues): string {
  return values ? `${key} ${JSON.stringify(values)}` : key;
}
