import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { toAdapterError } from "./adapter-error";
import { lockDataDir, unlockDataDir } from "./pglite-lock";

type Shared = { pglite: Promise<PGlite> };
type GlobalSlots = Record<symbol, Shared | undefined>;

// PGlite has no lock across instances: two writing one directory would corrupt it. server.ts
// (tsx) and Next's bundle load this module twice in one process, so the instance lives on
// globalThis rather than in a module variable.
const slot = (dir: string) => Symbol.for(`steady.pglite:${dir}`);

/** The one PGlite instance of this process for `dir` (opened on first use). */
export function getSharedPglite(dir: string): Promise<PGlite> {
  const absolute = path.resolve(dir);
  const slots = globalThis as unknown as GlobalSlots;
  const key = slot(absolute);
  let shared = slots[key];
  if (!shared) {
    const pglite = openPglite(absolute);
    shared = { pglite };
    slots[key] = shared;
    // A failed open must not poison the slot for the next attempt.
    pglite.catch(() => {
      if (slots[key] === shared) delete slots[key];
    });
  }
  return shared.pglite;
}

async function openPglite(dir: string): Promise<PGlite> {
  mkdirSync(path.dirname(dir), { recursive: true });
  lockDataDir(dir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    return await PGlite.create(dir);
  } catch (error) {
    unlockDataDir(dir);
    throw error;
  }
}

/** Closes the shared instance for `dir`, if one is open; the next use reopens it. */
export async function closeSharedPglite(dir: string): Promise<void> {
  const slots = globalThis as unknown as GlobalSlots;
  const key = slot(path.resolve(dir));
  const shared = slots[key];
  if (!shared) return;
  delete slots[key];
  const pglite = await shared.pglite.catch(() => null);
  if (!pglite) return;
  if (!pglite.closed) await pglite.close();
  unlockDataDir(path.resolve(dir));
}

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

/** Driver adapter factory over the shared, directory-backed PGlite instance. */
export class SteadyPglite implements SqlMigrationAwareDriverAdapterFactory {
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
