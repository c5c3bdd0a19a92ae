import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
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

/**
 * The app's driver adapter for the embedded database: the stock pglite-prisma-adapter over the
 * shared instance, which is opened on the first query rather than when the client is made.
 */
export function sharedPgliteAdapter(dir: string): SqlDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    async connect(): Promise<SqlDriverAdapter> {
      const { PrismaPGlite } = await import("pglite-prisma-adapter");
      return new PrismaPGlite(await getSharedPglite(dir)).connect();
    },
  };
}
