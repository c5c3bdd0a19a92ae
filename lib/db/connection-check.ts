import pg from "pg";
import { withDatabase } from "./pg-adapter";
import { describeTarget, parseTarget, type DbTarget } from "./target";

/** Thrown when the database cannot be reached; the message is safe to print (no password). */
export class DatabaseUnreachableError extends Error {
  override name = "DatabaseUnreachableError";
}

const CONNECT_TIMEOUT_MS = 5_000;

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on("error", () => {}); // a dropped connection surfaces through the awaited query
  try {
    await client.connect();
    return await run(client);
  } finally {
    await client.end().catch(() => {});
  }
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
    throw new DatabaseUnreachableError(`cannot reach ${describeTarget(t)}: ${reason(error)}`);
  }
}

/**
 * Creates the database named by `url` when the server says it does not exist, as
 * `prisma migrate deploy` does. Returns whether it was created.
 */
export async function ensureDatabaseExists(url: string): Promise<boolean> {
  try {
    await withClient(url, (client) => client.query("SELECT 1"));
    return false;
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") {
      throw new DatabaseUnreachableError(`cannot reach ${describeTarget(url)}: ${reason(error)}`);
    }
  }
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  try {
    await withClient(withDatabase(url, "postgres"), (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
    return true;
  } catch (error) {
    // A concurrent deploy created it first (duplicate database, or the catalog's unique index).
    if (["42P04", "23505"].includes((error as { code?: string }).code ?? "")) return false;
    throw error;
  }
}
