import pg from "pg";
import { describeTarget, parseTarget, type DbTarget } from "./target";

/** Thrown when the database cannot be reached; the message is safe to print (no password). */
export class DatabaseUnreachableError extends Error {
  override name = "DatabaseUnreachableError";
}

const CONNECT_TIMEOUT_MS = 5_000;

/** Runs `run` on a fresh connection to `url` (5 s connect timeout), then closes it. */
export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on("error", () => {}); // a dropped connection surfaces through the awaited query
  try {
    await client.connect();
    return await run(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The printable error for a failed connection to `target`: what failed, never the password. */
export function unreachable(target: string | DbTarget, error: unknown): DatabaseUnreachableError {
  return new DatabaseUnreachableError(`cannot reach ${describeTarget(target)}: ${reason(error)}`);
}

function reason(error: unknown): string {
  const e = error as { code?: string; message?: string };
  if (e.code === "ECONNREFUSED") return "connection refused";
  if (e.code === "ENOTFOUND") return "host not found";
  if (/timeout/i.test(e.message ?? "")) return `no answer within ${CONNECT_TIMEOUT_MS / 1000} s`;
  // pg's own messages name the user or database, never the password.
  return e.message ?? String(error);
}

/** Resolves when a PostgreSQL target answers `SELECT 1` (embedded targets always do). */
export async function assertReachable(target: string | DbTarget): Promise<void> {
  const t = parseTarget(target);
  if (t.kind === "embedded") return;
  try {
    await withClient(t.url, (client) => client.query("SELECT 1"));
  } catch (error) {
    throw unreachable(t, error);
  }
}
