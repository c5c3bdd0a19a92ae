import type { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { getSharedPglite } from "../shared-pglite";
import { toAdapterError } from "./adapter-error";

// pglite-prisma-adapter's executeScript does not await exec(): a failing migration would be
// recorded as applied and the rejection would kill the process. PGlite has one session, shared
// with the app: a script with its own BEGIN must not leave it in an aborted transaction.
function withAwaitedScript(adapter: SqlDriverAdapter, pglite: PGlite): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    try {
      await pglite.exec(script);
    } catch (error) {
      await pglite.exec("ROLLBACK").catch(() => {});
      toAdapterError(error);
    }
  };
  return adapter;
}

async function adapterFor(pglite: PGlite): Promise<SqlDriverAdapter> {
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  return withAwaitedScript(await new PrismaPGlite(pglite).connect(), pglite);
}

/**
 * The migration runner's adapter for an embedded data directory: the instance the app shares (at
 * boot the runner migrates inside the app's process), with scripts awaited.
 */
export class MigrationPglite implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "pglite-prisma-adapter";

  constructor(readonly dir: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    return adapterFor(await getSharedPglite(this.dir));
  }

  // The stock shadow database is never closed; this one is closed when the engine is done.
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return connectInMemory();
  }
}

/** An adapter over a fresh in-memory PGlite, closed on dispose. */
export async function connectInMemory(): Promise<SqlDriverAdapter> {
  const { PGlite } = await import("@electric-sql/pglite");
  const pglite = await PGlite.create();
  const adapter = await adapterFor(pglite);
  adapter.dispose = () => pglite.close();
  return adapter;
}

/**
 * Throwaway in-memory databases for both the main and the shadow connection: lets `db:new`
 * diff against the embedded setup without opening a data directory the app may hold open.
 */
export class InMemoryPglite implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "pglite-prisma-adapter";
  connect = connectInMemory;
  connectToShadowDb = connectInMemory;
}
