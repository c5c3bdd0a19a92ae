// The only place a PrismaClient is made. Loaded both by server.ts (tsx) and by Next's bundle,
// which are separate module instances in one process: the client lives on globalThis.
// The adapters are Prisma's stock ones: the fixes migrations need live in lib/db/migrations/.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Pool } from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { assertReachable } from "./db/connection-check";
import { createPgPool } from "./db/pg-pool";
import { pgliteRunner, pgRunner, type RawRunner, type RawStatement } from "./db/raw";
import { closeSharedPglite, getSharedPglite, sharedPgliteAdapter } from "./db/shared-pglite";
import { defaultTarget, describeTarget } from "./db/target";
import { env } from "./env";

const SLOW_QUERY_MS = 200;

function createClient() {
  const target = defaultTarget();
  // The hot path's runner (rawQuery) shares the client's connections: the pool, or the one PGlite.
  let adapter: SqlDriverAdapterFactory;
  if (target.kind === "postgres") {
    // pg closes a connection idle for 10 s by default. Under bursty socket traffic the least-used
    // ones expire, and the next burst waits for new backends: tens to hundreds of ms on a busy
    // machine, the pause's latency tail. The app's connections are few, so it keeps them.
    // A stuck statement is cancelled by PostgreSQL after DATABASE_STATEMENT_TIMEOUT_MS; the hot path
    // (lib/db/raw.ts) stops waiting after a quarter of it. Waiting for a free connection, or for a
    // database that does not answer, ends after 5 s. Each becomes a retryable message (lib/db/unavailable.ts).
    const statementTimeoutMs = env().DATABASE_STATEMENT_TIMEOUT_MS;
    const pool = createPgPool(target.url, { max: env().DATABASE_POOL_SIZE, idleTimeoutMs: 0, connectTimeoutMs: 5000, statementTimeoutMs });
    raws[RAW] = { run: pgRunner(pool, Math.max(100, Math.round(statementTimeoutMs / 4))), pool };
    raws[PAGE] = { run: pgRunner(pool), pool };
    // Background work (the jobs table, pushes) has its own few connections: a burst of pushes
    // queues behind itself, never in front of a pause waiting for a connection (docs/performance.md).
    const jobsPool = createPgPool(target.url, { max: jobsPoolSize(env().DATABASE_POOL_SIZE), idleTimeoutMs: 0, connectTimeoutMs: 5000, statementTimeoutMs });
    raws[JOBS] = { run: pgRunner(jobsPool), pool: jobsPool };
    adapter = new PrismaPg(pool, { disposeExternalPool: true });
  } else {
    raws[RAW] = { run: pgliteRunner(() => getSharedPglite(target.dir)) };
    raws[JOBS] = raws[RAW];
    raws[PAGE] = raws[RAW];
    adapter = sharedPgliteAdapter(target.dir);
  }
  const watchSlow = env().NODE_ENV === "development";
  const client = new PrismaClient({
    adapter,
    // Password hashes are never selected by accident; the login path asks with omit: { passwordHash: false }.
    omit: { user: { passwordHash: true } },
    // Query events only in development (the cast keeps $on("query") typed when the list is empty).
    log: (watchSlow ? [{ emit: "event", level: "query" }] : []) as [{ emit: "event"; level: "query" }],
  });
  if (watchSlow) {
    client.$on("query", (e) => {
      if (e.duration >= SLOW_QUERY_MS) console.warn(`[db] slow query (${e.duration} ms): ${e.query}`);
    });
  }
  return client;
}

export type Db = ReturnType<typeof createClient>;

const KEY = Symbol.for("steady.db");
const slots = globalThis as unknown as Record<symbol, Db | undefined>;
const RAW = Symbol.for("steady.db.raw");
const JOBS = Symbol.for("steady.db.jobs");
const PAGE = Symbol.for("steady.db.page");
const raws = globalThis as unknown as Record<symbol, { run: RawRunner; pool?: Pool } | undefined>;

/** A third of the app's pool, 2 to 4 connections: enough for pushes in flight, never many backends more. */
export function jobsPoolSize(appPoolSize: number): number {
  return Math.min(4, Math.max(2, Math.ceil(appPoolSize / 3)));
}

/** The process-wide client, created on first use (creating it at import breaks `next build`). */
export function getDb(): Db {
  return (slots[KEY] ??= createClient());
}

/** Lazy stand-in for the client: `db.user.findMany()` creates it on first use. */
export const db: Db = new Proxy({} as Db, {
  get(_, prop) {
    if (prop === "then") return undefined; // not a thenable: `await db` must not connect
    const client = getDb();
    const value: unknown = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** Runs one statement on the driver, past Prisma's client: for the socket hot path only (lib/db/raw.ts). */
export function rawQuery<T>(statement: RawStatement): Promise<T[]> {
  getDb();
  return raws[RAW]!.run<T>(statement);
}

/**
 * The hot path's statement for a page being rendered: the same connections, without the hot
 * path's short wait (PostgreSQL's statement timeout still applies). On a busy machine a page that
 * takes 3 s beats one that fails to load ("This page couldn't load") after 2.
 */
export function pageQuery<T>(statement: RawStatement): Promise<T[]> {
  getDb();
  return raws[PAGE]!.run<T>(statement);
}

/** Runs one statement for background work (lib/jobs, lib/push) on its own small pool, or the one PGlite. */
export function jobQuery<T>(statement: RawStatement): Promise<T[]> {
  getDb();
  return raws[JOBS]!.run<T>(statement);
}

/** Where the data lives, for the start-up log: never includes a password. */
export function describeDatabase(): string {
  return describeTarget(defaultTarget());
}

/** Throws a printable error unless the database answers (5 s connect timeout; opens PGlite). */
export async function checkDatabase(): Promise<void> {
  const target = defaultTarget();
  if (target.kind === "postgres") return assertReachable(target);
  const pglite = await getSharedPglite(target.dir);
  await pglite.query("SELECT 1");
}

/** Graceful shutdown: closes the client (and its pool, or the embedded database). */
export async function disconnectDb(): Promise<void> {
  const client = slots[KEY];
  delete slots[KEY];
  const raw = raws[RAW];
  const jobs = raws[JOBS];
  delete raws[RAW];
  delete raws[JOBS];
  if (client) await client.$disconnect();
  // Prisma ends the pool only if it ever connected; the hot path may have used it alone.
  for (const pool of [raw?.pool, jobs?.pool]) if (pool && !pool.ending && !pool.ended) await pool.end();
  const target = defaultTarget();
  if (target.kind === "embedded") await closeSharedPglite(target.dir);
}
