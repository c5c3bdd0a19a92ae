import path from "node:path";
import { env, type Env } from "../env";

/** Where a database lives: a PostgreSQL server, or a PGlite data directory. */
export type DbTarget = { kind: "postgres"; url: string } | { kind: "embedded"; dir: string };

/** A PostgreSQL URL (postgres:// or postgresql://) or an embedded data directory. */
export function parseTarget(target: string | DbTarget): DbTarget {
  if (typeof target !== "string") return target;
  if (/^postgres(ql)?:\/\//i.test(target)) return { kind: "postgres", url: target };
  return { kind: "embedded", dir: target };
}

/** DATABASE_URL when set, else the embedded directory (EMBEDDED_DB_DIR). */
export function defaultTarget(e: Pick<Env, "DATABASE_URL" | "EMBEDDED_DB_DIR"> = env()): DbTarget {
  if (e.DATABASE_URL) return { kind: "postgres", url: e.DATABASE_URL };
  return { kind: "embedded", dir: e.EMBEDDED_DB_DIR };
}

/** Human-readable location, safe to log: never includes the password. */
export function describeTarget(target: string | DbTarget): string {
  const t = parseTarget(target);
  if (t.kind === "embedded") {
    const relative = path.relative(process.cwd(), path.resolve(t.dir));
    return `embedded PostgreSQL (PGlite) in ${relative && !relative.startsWith("..") ? relative : path.resolve(t.dir)}`;
  }
  try {
    const u = new URL(t.url);
    return `PostgreSQL at ${u.hostname || "localhost"}:${u.port || "5432"}${u.pathname || "/"}`;
  } catch {
    return "PostgreSQL (unparseable DATABASE_URL)";
  }
}

/** A database URL naming another database on the same server (pg lets the URL win over `database`). */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}
