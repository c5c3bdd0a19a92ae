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

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** The guard's words (lib/operations/guard.ts), the same over every transport. */
export const SESSION_ENDED = "Your session has ended. Please sign in again.";
export const COUPLE_ENDED = "This shared space has ended, so it can’t be changed any more.";
export const NO_COUPLE = "This needs a shared space with your partner. You can invite them from Me.";

/**
 * A statement that checks the caller itself (the pause's hot path) found the session or the
 * membership no longer valid. The executor re-resolves the caller and refuses or retries once.
 */
export class StaleIdentity extends AppError {
  constructor() {
    super("unauthorized", SESSION_ENDED);
    this.name = "StaleIdentity";
  }
}

export const GENERIC_ERROR = "Something went wrong on our side. Please try again in a moment.";

/** The message a user may see for any thrown value; unexpected errors never leak their text. */
export function toPublicMessage(err: unknown): string {
  return err instanceof AppError ? err.message : GENERIC_ERROR;
}
