import pg from "pg";

/** Pool settings we expose; everything else comes from the URL. */
export type PgPoolOptions = {
  max?: number;
  connectTimeoutMs?: number;
  idleTimeoutMs?: number;
  /** PostgreSQL cancels any statement on these connections that runs longer (server side: it is rolled back). */
  statementTimeoutMs?: number;
  /** A pg.Client subclass for every connection (the migration runner's reads `"char"` as text). */
  Client?: typeof pg.Client;
};

/** A pg pool that never waits forever to connect and survives connections the server drops. */
export function createPgPool(url: string, options: PgPoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    ...(options.idleTimeoutMs !== undefined ? { idleTimeoutMillis: options.idleTimeoutMs } : {}),
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    ...(options.Client ? { Client: options.Client } : {}),
  });
  // An idle connection dropped by the server (restart, DROP … WITH (FORCE)) emits "error" on the
  // pool; unheard, that would end the process. The next query simply opens a new connection.
  pool.on("error", () => {});
  // pg-pool listens on a connection only while it is idle, and whoever checked it out may listen
  // only while a statement runs. A restart's goodbye (FATAL 57P01, "terminating connection due to
  // administrator command") reaching a connection in between was an unheard "error" event, which
  // ended the process: a node died in the soak's PostgreSQL rounds, its last commit unbroadcast.
  // Every connection keeps a listener for its whole life; the error still fails its statements,
  // and the pool drops the connection when it comes back.
  pool.on("connect", (client) => client.on("error", () => {}));
  return pool;
}
