import type { ActionFailure } from "../operations/result";

/**
 * Every API error in one documented shape: RFC 9457 problem details (application/problem+json),
 * with the operation's own result code and field errors as extension members, so a client reads
 * the same codes and words as the app's screens.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  fieldErrors?: Record<string, string[]>;
  retryAfterSeconds?: number;
}

/** The operations' result codes, plus what only the HTTP layer can say. */
export const PROBLEM_CODES = [
  "bad_request",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "rate_limited",
  "unavailable",
  "internal",
  "malformed_body",
  "method_not_allowed",
  "payload_too_large",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Status and title per code. Bad input is 422 here: the request was understood, its content refused. */
export const PROBLEM_STATUS: Record<ProblemCode, { status: number; title: string }> = {
  bad_request: { status: 422, title: "The request can’t be done as sent" },
  unauthorized: { status: 401, title: "No valid token" },
  forbidden: { status: 403, title: "Not allowed" },
  not_found: { status: 404, title: "Not found" },
  conflict: { status: 409, title: "Not possible right now" },
  rate_limited: { status: 429, title: "Too many requests" },
  unavailable: { status: 503, title: "Briefly unavailable" },
  internal: { status: 500, title: "Something went wrong on our side" },
  malformed_body: { status: 400, title: "The body isn’t JSON" },
  method_not_allowed: { status: 405, title: "Method not allowed" },
  payload_too_large: { status: 413, title: "The body is too large" },
};

/** The problem type's URI: the reference page's list of problems (see the document's description). */
export function problemType(base: string, code: ProblemCode): string {
  return `${base}/developers/api#problem-${code.replaceAll("_", "-")}`;
}

export function problem(base: string, code: ProblemCode, detail: string, extra: Pick<Problem, "fieldErrors" | "retryAfterSeconds"> = {}): Problem {
  const { status, title } = PROBLEM_STATUS[code];
  return { type: problemType(base, code), title, status, detail, code, ...extra };
}

export function problemFromFailure(base: string, failure: ActionFailure): Problem {
  return problem(base, failure.code, failure.error, {
    ...(failure.fieldErrors ? { fieldErrors: failure.fieldErrors } : {}),
    ...(failure.retryAfterSeconds ? { retryAfterSeconds: failure.retryAfterSeconds } : {}),
  });
}

/**
 * A small JSON answer, never cached. no-transform and a known length keep the server from
 * gzip-streaming a few hundred bytes: on the pause's path that cost more CPU than the pause
 * itself (docs/performance.md).
 */
export function jsonResponse(data: unknown, status = 200, headers: Record<string, string> = {}, type = "application/json"): Response {
  const body = JSON.stringify(data);
  return new Response(body, {
    status,
    headers: { "Content-Type": type, "Content-Length": String(Buffer.byteLength(body)), "Cache-Control": "no-store, no-transform", ...headers },
  });
}

/** The problem as a response; a 429 or 503 says when to retry in the Retry-After header too. */
export function problemResponse(p: Problem, headers: Record<string, string> = {}): Response {
  return jsonResponse(p, p.status, { ...(p.retryAfterSeconds ? { "Retry-After": String(p.retryAfterSeconds) } : {}), ...headers }, "application/problem+json");
}
