import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type pg from "pg";
import { createPgPool, type PgPoolOptions } from "../pg-pool";
import { withDatabase } from "../target";
import { toAdapterError } from "./adapter-error";
import { CharAsTextClient, withCharColumns } from "./char-as-text";

type Options = Omit<PgPoolOptions, "Client">;

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

/**
 * PrismaPg with the fixes the schema engine needs (lib/db/README.md): `"char"` read as text,
 * scripts sent whole, and a shadow database that is really dropped. For migrations only: the
 * app's client uses the stock adapter.
 */
export class MigrationPg implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  /** The pool behind this factory; ended when the adapter is disposed. */
  readonly pool: pg.Pool;
  readonly #inner: PrismaPg;

  constructor(
    readonly url: string,
    private readonly options: Options = {},
  ) {
    this.pool = createPgPool(url, { ...options, Client: CharAsTextClient });
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
      adapter = await new MigrationPg(withDatabase(this.url, name), { ...this.options, max: 2 }).connect();
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
