import { AppError } from "../errors";

/**
 * What a person is told when the database cannot answer: it is restarting, unreachable, or a
 * statement ran past its timeout. Retrying is safe: every verb is one transaction, and starting a
 * pause twice shows the one pause (the "one open pause" index).
 */
export const DATABASE_UNAVAILABLE = "Steady can’t reach its data for a moment. Please try again in a few seconds.";
export const DATABASE_TOO_SLOW = "That took too long on our side, so it was stopped and nothing changed. Please try again in a few seconds.";

/** A request failed because the database was away or too slow: retryable, never a stack trace. */
export class DatabaseUnavailable extends AppError {
  constructor(readonly reason: "unreachable" | "timeout") {
    super("unavailable", reason === "timeout" ? DATABASE_TOO_SLOW : DATABASE_UNAVAILABLE, undefined, 3);
    this.name = "DatabaseUnavailable";
  }
}

// Socket-level failures, PostgreSQL's connection-exception class (08…) and its shutdown codes
// (57P01 admin shutdown, 57P02 crash shutdown, 57P03 starting up), too many connections (53300),
// and Prisma's codes for the same (P1001 unreachable, P1002/P1008 timed out, P1017 closed, P2024 pool).
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "57P01", "57P02", "57P03", "53300", "P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNREACHABLE_TEXT =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Connection ended|not queryable|terminating connection|the database system is (starting up|shutting down|in recovery)|Can't reach database server|Server has closed the connection|Cannot use a pool after calling end/i;
// 57014: query_canceled, which is what statement_timeout raises.
const TIMEOUT_TEXT = /canceling statement due to statement timeout|statement timeout/i;

/** Why the database failed this request, or null when the error is something else. */
export function databaseFailure(err: unknown, depth = 0): "unreachable" | "timeout" | null {
  if (!err || typeof err !== "object" || depth > 5) return null;
  if (err instanceof DatabaseUnavailable) return err.reason;
  const e = err as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  const message = typeof e.message === "string" ? e.message : "";
  if (e.code === "57014" || TIMEOUT_TEXT.test(message)) return "timeout";
  if ((typeof e.code === "string" && (UNREACHABLE_CODES.has(e.code) || e.code.startsWith("08"))) || UNREACHABLE_KINDS.has(e.kind as string)) return "unreachable";
  if (UNREACHABLE_TEXT.test(message)) return "unreachable";
  // Prisma's driver-adapter errors keep the driver's error as `cause` (kind, originalCode) or in meta.
  const originalCode = (e.cause as { originalCode?: unknown } | undefined)?.originalCode;
  if (typeof originalCode === "string" && (originalCode === "57014" || UNREACHABLE_CODES.has(originalCode) || originalCode.startsWith("08"))) {
    return originalCode === "57014" ? "timeout" : "unreachable";
  }
  return databaseFailure(e.cause, depth + 1) ?? databaseFailure(e.meta?.driverAdapterError, depth + 1);
}

/** The error as a DatabaseUnavailable when the database caused it; otherwise the error itself. */
export function asUnavailable(err: unknown): unknown {
  const reason = databaseFailure(err);
  return reason ? new DatabaseUnavailable(reason) : err;
}

let refused = 0;
let lastLog = 0;
/**
 * Logs requests refused for the database's sake at most once every 10 s (with the count), so an
 * outage is one line in the logs rather than one per tap. Returns the error to hand back.
 */
export function noteUnavailable(err: DatabaseUnavailable, what: string, warn: (line: string) => void): DatabaseUnavailable {
  refused++;
  const now = Date.now();
  if (now - lastLog >= 10_000) {
    warn(`database ${err.reason === "timeout" ? "too slow (statement timeout)" : "unreachable"}: ${what} refused as retryable (${refused} since the last note)`);
    lastLog = now;
    refused = 0;
  }
  return err;
}
