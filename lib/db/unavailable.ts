import { AppError } from "../errors";
import type { MessageKey } from "../i18n/keys";
import { say } from "../i18n/translate";

/**
 * Why the database failed a request, each with its own words (messages/*.json, `database.*`):
 * - `unreachable`: restarting, unreachable, or the connection was cut: it may be back in seconds;
 * - `timeout`: PostgreSQL cancelled the statement (statement_timeout), so it rolled back: nothing changed;
 * - `unconfirmed`: the hot path stopped waiting (pg's client-side query_timeout) for a statement the
 *   server may still commit: we cannot say "nothing changed" (decision 012), and the pause resends
 *   the couple's state once the statement has surely ended (lib/pause/mutations.ts).
 * Retrying is safe in every case: every verb is one transaction, and starting a pause twice shows
 * the one pause (the "one open pause" index).
 */
export type DatabaseFailure = "unreachable" | "timeout" | "unconfirmed";

const WORDS: Record<DatabaseFailure, MessageKey> = {
  unreachable: "database.unavailable",
  timeout: "database.tooSlow",
  unconfirmed: "database.unconfirmed",
};
/** The words in English (tests, logs and the JSON API, which stays English). */
export const DATABASE_UNAVAILABLE = say("en", WORDS.unreachable);
export const DATABASE_TOO_SLOW = say("en", WORDS.timeout);
export const DATABASE_UNCONFIRMED = say("en", WORDS.unconfirmed);

/** A request failed because the database was away or too slow: retryable, never a stack trace. */
export class DatabaseUnavailable extends AppError {
  constructor(readonly reason: DatabaseFailure) {
    super("unavailable", WORDS[reason], undefined, 3);
    this.name = "DatabaseUnavailable";
  }
}

// Socket-level failures, PostgreSQL's connection-exception class (08…) and its shutdown codes
// (57P01 admin shutdown, 57P02 crash shutdown, 57P03 starting up), too many connections (53300),
// and Prisma's codes for the same (P1001 unreachable, P1002/P1008 timed out, P1017 closed, P2024 pool).
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "57P01", "57P02", "57P03", "53300", "P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNREACHABLE_TEXT =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended|not queryable|terminating connection|the database system is (starting up|shutting down|in recovery)|Can't reach database server|Server has closed the connection|Cannot use a pool after calling end/i;
// 57014: query_canceled, which is what statement_timeout raises.
const TIMEOUT_TEXT = /canceling statement due to statement timeout|statement timeout/i;
// pg's own client-side query_timeout: the statement was sent and may still commit.
const UNCONFIRMED_TEXT = /^Query read timeout$/;

/** Why the database failed this request, or null when the error is something else. */
export function databaseFailure(err: unknown, depth = 0): DatabaseFailure | null {
  if (!err || typeof err !== "object" || depth > 5) return null;
  if (err instanceof DatabaseUnavailable) return err.reason;
  const e = err as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  const message = typeof e.message === "string" ? e.message : "";
  if (e.code === "57014" || TIMEOUT_TEXT.test(message)) return "timeout";
  if (UNCONFIRMED_TEXT.test(message)) return "unconfirmed";
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
    const why = { timeout: "too slow (statement timeout)", unconfirmed: "too slow (the hot path stopped waiting)", unreachable: "unreachable" }[err.reason];
    warn(`database ${why}: ${what} refused as retryable (${refused} since the last note)`);
    lastLog = now;
    refused = 0;
  }
  return err;
}
