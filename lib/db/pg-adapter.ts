import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { toAdapterError } from "./adapter-error";

/** Pool settings we expose; everything else comes from the URL. */
export type PgPoolOptions = { max?: number; connectTimeoutMs?: number; idleTimeoutMs?: number };

const CHAR_OID = 18;
const TEXT_OID = 25;

type FieldsResult = { fields?: { dataTypeID: number }[]; rows?: unknown[] };

// Columns of each result that were `"char"`, keyed by the rows array that the adapter passes
// through unchanged into its result set.
const charColumns = new WeakMap<object, number[]>();

// The engine's schema describer selects pg_catalog columns of the internal `"char"` type, which
// @prisma/adapter-pg refuses ("Column type 'char' could not be deserialized"). The pg result is
// relabelled as text so the adapter accepts it, and `withCharColumns` then reports those
// columns as Character, the type the describer reads them as (text panics on CHECK constraints).
function charAsText<T>(result: T): T {
  for (const r of (Array.isArray(result) ? result : [result]) as FieldsResult[]) {
    const columns: number[] = [];
    r?.fields?.forEach((field, i) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      columns.push(i);
    });
    if (columns.length && r.rows) charColumns.set(r.rows, columns);
  }
  return result;
}

function withCharColumns<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

type Callback = (err: Error | null, res: unknown) => void;

class CharAsTextClient extends pg.Client {
  // pg.Pool calls query() with a callback, the adapter without one: handle both shapes.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg.Client.query is overloaded; this override serves every overload
  override query(...args: unknown[]): any {
    const [config] = args;
    const query = super.query as (...a: unknown[]) => unknown;
    if (typeof (config as { submit?: unknown })?.submit === "function") return query.apply(this, args);
    const last = args.at(-1);
    if (typeof last === "function") {
      const cb = last as Callback;
      return query.apply(this, [...args.slice(0, -1), (err: Error | null, res: unknown) => cb(err, err ? res : charAsText(res))]);
    }
    return (query.apply(this, args) as Promise<unknown>).then(charAsText);
  }
}

/** A pg pool whose connections read `"char"` columns as text and never wait forever to connect. */
export function createPgPool(url: string, options: PgPoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    ...(options.idleTimeoutMs !== undefined ? { idleTimeoutMillis: options.idleTimeoutMs } : {}),
    Client: CharAsTextClient,
  });
  // An idle connection dropped by the server (restart, DROP … WITH (FORCE)) emits "error" on the
  // pool; unheard, that would end the process. The next query simply opens a new connection.
  pool.on("error", () => {});
  return pool;
}

// @prisma/adapter-pg splits scripts on ";" (breaking $$ bodies, strings and comments) and runs
// the pieces one by one. One simple-protocol query runs the whole script in one implicit
// transaction, so a failing migration leaves nothing half-applied. The ROLLBACK covers scripts
// with their own BEGIN, which would otherwise return an aborted connection to the pool.
function patch(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  withCharColumns(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => withCharColumns(await startTransaction(isolationLevel));
  adapter.executeScript = async (script: string) => {
    const client = await pool.connect().catch(toAdapterError);
    try {
      await client.query(script);
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      toAdapterError(error);
    } finally {
      client.release();
    }
  };
  return adapter;
}

/** A database URL naming another database on the same server (pg lets the URL win over `database`). */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/**
 * PrismaPg with the workarounds the migration engine needs (see offline-toolchain.md):
 * `"char"` read as text, scripts sent whole, and a shadow database that is really dropped.
 */
export class SteadyPg implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  /** The pool behind this factory; ended when the adapter is disposed. */
  readonly pool: pg.Pool;
  readonly #inner: PrismaPg;

  constructor(
    readonly url: string,
    private readonly options: PgPoolOptions = {},
  ) {
    this.pool = createPgPool(url, options);
    this.#inner = new PrismaPg(this.pool, { disposeExternalPool: true });
  }

  async connect(): Promise<SqlDriverAdapter> {
    return patch(await this.#inner.connect(), this.pool);
  }

  // The stock version drops the shadow database while its own pool is still connected and
  // leaks both pools.
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    const admin = createPgPool(this.url, { ...this.options, max: 1 });
    const drop = async () => {
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    };
    let adapter: SqlDriverAdapter;
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
      adapter = await new SteadyPg(withDatabase(this.url, name), { ...this.options, max: 2 }).connect();
    } catch (error) {
      await drop().catch(() => {});
      throw error;
    }
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      try {
        await dispose();
      } finally {
        await drop();
      }
    };
    return adapter;
  }
}
