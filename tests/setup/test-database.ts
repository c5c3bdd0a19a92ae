// Test-only helpers: a migrated template database on the local server, cloned per worker.
import { createHash } from "node:crypto";
import pg from "pg";
import { deployMigrations, readMigrationsList } from "@/lib/db/migrations";
import { withDatabase } from "@/lib/db/target";

export const TEMPLATE_PREFIX = "steady_template";
const MIGRATIONS_DIR = "prisma/migrations";
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Throws unless `url` points at this machine: tests create and drop databases freely. */
export function assertLocalDatabase(url: string): void {
  const u = new URL(url);
  const socketHost = u.searchParams.get("host");
  const local = LOCAL_HOSTS.has(u.hostname) || (u.hostname === "" && (!socketHost || socketHost.startsWith("/")));
  if (!local) {
    throw new Error(`Refusing to use ${u.hostname} for tests: they create and drop databases, so only localhost, 127.0.0.1 or ::1 is allowed.`);
  }
}

/** The PostgreSQL server tests use (TEST_DATABASE_URL, else DATABASE_URL), or undefined for PGlite. */
export function testServerUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim();
  if (!url) return undefined;
  assertLocalDatabase(url);
  return url;
}

function serverUrl(): string {
  const url = testServerUrl();
  if (!url) throw new Error("No test PostgreSQL configured: set TEST_DATABASE_URL or DATABASE_URL.");
  return url;
}

function checkName(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Invalid test database name "${name}" (use a-z, 0-9, _).`);
  return name;
}

async function withAdmin<T>(server: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  assertLocalDatabase(server);
  const client = new pg.Client({ connectionString: withDatabase(server, "postgres"), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Identifies the migrations folder's contents: names and sha256 of every migration.sql. */
async function migrationsChecksum(): Promise<string> {
  const list = await readMigrationsList(MIGRATIONS_DIR);
  const hash = createHash("sha256");
  for (const m of list.migrationDirectories) {
    hash.update(`${m.path}\0${m.migrationFile.content.tag === "ok" ? m.migrationFile.content.value : "?"}\0`);
  }
  return `migrations:${hash.digest("hex")}`;
}

/**
 * Builds `steady_template_<migrations hash>` from prisma/migrations unless it is already built from
 * the same files (the checksum is kept as the database's comment), and returns its name. Safe to
 * call from parallel runs; checkouts with different migrations on one server (branches being
 * worked on side by side) each get their own template instead of dropping each other's.
 */
export async function ensureMigratedTemplate(server = serverUrl()): Promise<string> {
  const checksum = await migrationsChecksum();
  const TEMPLATE_DB = `${TEMPLATE_PREFIX}_${checksum.slice("migrations:".length, "migrations:".length + 12)}`;
  await withAdmin(server, async (admin) => {
    await admin.query("SELECT pg_advisory_lock(hashtext($1))", [TEMPLATE_DB]);
    try {
      const { rows } = await admin.query<{ comment: string | null }>(
        "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
        [TEMPLATE_DB],
      );
      if (rows[0]?.comment === checksum) return;
      await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
      await deployMigrations(withDatabase(server, TEMPLATE_DB), { migrationsDir: MIGRATIONS_DIR });
      await admin.query(`COMMENT ON DATABASE ${TEMPLATE_DB} IS ${admin.escapeLiteral(checksum)}`);
    } finally {
      await admin.query("SELECT pg_advisory_unlock(hashtext($1))", [TEMPLATE_DB]);
    }
  });
  return TEMPLATE_DB;
}

/** (Re)creates `name` as a clone of the migrated template and returns its URL. */
export async function createTestDatabase(name: string, server = serverUrl()): Promise<string> {
  checkName(name);
  const TEMPLATE_DB = await ensureMigratedTemplate(server);
  await withAdmin(server, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    // Cloning fails while anyone is connected to the template (55006): e.g. a parallel rebuild.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== "55006" || attempt === 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  });
  return withDatabase(server, name);
}

/** Drops a database made by `createTestDatabase` (connections are cut). */
export async function dropTestDatabase(name: string, server = serverUrl()): Promise<void> {
  checkName(name);
  await withAdmin(server, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

type RawClient = {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
};

/** Empties every app table (not `_prisma_migrations`) in one statement, on PostgreSQL or PGlite. */
export async function truncateAll(db: RawClient): Promise<void> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT quote_ident(tablename) AS name FROM pg_tables
     WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
  );
  if (tables.length === 0) return;
  await db.$executeRawUnsafe(`TRUNCATE TABLE ${tables.map((t) => t.name).join(", ")} RESTART IDENTITY CASCADE`);
}
