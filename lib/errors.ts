import type { MessageKey, MessageValues } from "./i18n/keys";
import { englishKey, isMessageKey, say } from "./i18n/translate";

/**
 * Expected failures a user can act on. Their message is written for people and is safe to show;
 * anything else is logged and replaced by a generic message (see toPublicMessage).
 */
export type AppErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "rate_limited"
  | "unavailable";

export const statusByCode: Record<AppErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};

/**
 * `message` is a catalogue key ("errors.coupleEnded", with `values` for its placeholders) or, in
 * code not yet converted, English text. `message` itself is always English (logs, the JSON API);
 * every transport says `key` in the caller's language (lib/operations/result.ts#failure).
 */
export class AppError extends Error {
  readonly key?: MessageKey;
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly retryAfterSeconds?: number,
    readonly values?: MessageValues,
  ) {
    const key = isMessageKey(message) ? message : englishKey(message);
    super(key ? say("en", key, values) : message);
    this.key = key;
    this.name = "AppError";
  }
}

/** The guard's words (lib/operations/guard.ts), the same over every transport; in English here, for tests and logs. */
export const SESSION_ENDED = say("en", "errors.sessionEnded");
export const COUPLE_ENDED = say("en", "errors.coupleEnded");
export const NO_COUPLE = say("en", "errors.noCouple");

/**
 * A statement that checks the caller itself (the pause's hot path) found the session or the
 * membership no longer valid. The executor re-resolves the caller and refuses or retries once.
 */
export class StaleIdentity extends AppError {
  constructor() {
    super("unauthorized", "errors.sessionEnded");
    this.name = "StaleIdentity";
  }
}

export const GENERIC_ERROR = say("en", "errors.generic");

/** The message a user may see for any thrown value; unexpected errors never leak their text. */
export function toPublicMessage(err: unknown): string {
  return err instanceof AppError ? err.message : GENERIC_ERROR;
}
