import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/**
 * One SQL statement for the driver itself, past Prisma's client. Only the socket hot path uses
 * this (identity check, pause start/end/state): the client's raw-query path allocated ~150 KB per
 * pause and its garbage collection set the latency tail (docs/performance.md). Everything else
 * goes through Prisma.
 */
export interface RawStatement {
  /** A name makes PostgreSQL keep the statement parsed and planned, per connection. */
  name?: string;
  text: string;
  values: unknown[];
}

export type RawRunner = <T>(statement: RawStatement) => Promise<T[]>;

const FRAGMENT = Symbol("sql fragment");
type Fragment = RawStatement & { [FRAGMENT]: true };
const isFragment = (value: unknown): value is Fragment => typeof value === "object" && value !== null && FRAGMENT in value;

/**
 * Builds a statement from a template: every `${value}` becomes a `$n` parameter, never SQL text.
 * A value that is itself an `sql` template is spliced in, its parameters renumbered, so shared
 * parts (a CTE) are written once.
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): RawStatement {
  let text = strings[0]!;
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (isFragment(value)) {
      const offset = params.length;
      text += value.text.replace(/\$(\d+)/g, (_, n: string) => `$${offset + Number(n)}`);
      params.push(...value.values);
    } else {
      params.push(value);
      text += `$${params.length}`;
    }
    text += strings[i + 1]!;
  });
  const statement = { text, values: params };
  Object.defineProperty(statement, FRAGMENT, { value: true });
  return statement;
}

/**
 * SQL text written in the code (a column list built from constants), spliced into `sql` as is.
 * Never pass anything that came from a request.
 */
export function trustedSql(text: string): RawStatement {
  const strings = Object.assign([text], { raw: [text] }) as unknown as TemplateStringsArray;
  return sql(strings);
}

/** The same statement, kept prepared under `name` (the text must never vary for one name). */
export function named(name: string, statement: RawStatement): RawStatement {
  return { ...statement, name };
}

const TIMESTAMP_OID = 1114;
// Prisma stores times as `timestamp(3)` holding UTC; pg and PGlite would read them as local time.
export const parseUtcTimestamp = (value: string) => new Date(`${value.replace(" ", "T")}Z`);

/**
 * `timeoutMs`: how long the hot path waits for one statement's answer before giving up (pg's
 * client-side query_timeout; the connection is then discarded). Shorter than the pool's
 * server-side statement timeout, which still cancels the statement itself.
 */
export function pgRunner(pool: pg.Pool, timeoutMs?: number): RawRunner {
  const types = {
    getTypeParser: ((oid: number, format?: "text" | "binary") =>
      oid === TIMESTAMP_OID ? parseUtcTimestamp : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  return async <T>(s: RawStatement) => {
    const result = await pool.query({ name: s.name, text: s.text, values: s.values, types, ...(timeoutMs ? { query_timeout: timeoutMs } : {}) });
    return result.rows as T[];
  };
}

export function pgliteRunner(open: () => Promise<PGlite>): RawRunner {
  const parsers = { [TIMESTAMP_OID]: parseUtcTimestamp };
  return async <T>(s: RawStatement) => {
    const pglite = await open();
    const result = await pglite.query<T>(s.text, s.values, { parsers });
    return result.rows;
  };
}
