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
  | "rate_limited";

export const statusByCode: Record<AppErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
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

export const GENERIC_ERROR = "Something went wrong on our side. Please try again in a moment.";

/** The message a user may see for any thrown value; unexpected errors never leak their text. */
export function toPublicMessage(err: unknown): string {
  return err instanceof AppError ? err.message : GENERIC_ERROR;
}
