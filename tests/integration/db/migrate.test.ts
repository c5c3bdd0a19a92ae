import { randomUUID } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployMigrations, diffSchemaToMigrations, MigrationFailedError, migrationStatus } from "@/lib/db/migrations";
import { closeSharedPglite, getSharedPglite } from "@/lib/db/shared-pglite";
import { withDatabase } from "@/lib/db/target";
import { assertLocalDatabase, createTestDatabase, dropTestDatabase } from "@/tests/setup/test-database";

// These tests make their own databases on the local server, whatever the worker setup chose.
const SERVER = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const MIGRATIONS = readdirSync("prisma/migrations", { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort((a, b) => a.localeCompare(b));

const serverUp = await (async () => {
  assertLocalDatabase(SERVER);
  const client = new pg.Client({ connectionString: SERVER, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
})();

const made: string[] = [];
function uniqueName(label: string) {
  const name = `steady_t_${label}_${randomUUID().slice(0, 8)}`;
  made.push(name);
  return name;
}

async function withClient<T>(url: string, run: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A copy of prisma/migrations plus one extra migration. */
function migrationsWith(name: string, sql: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "steady-migrations-"));
  cpSync("prisma/migrations", dir, { recursive: true });
  mkdirSync(path.join(dir, name));
  writeFileSync(path.join(dir, name, "migration.sql"), sql);
  return dir;
}

const BROKEN = "29991231000000_broken";
const BROKEN_SQL = `CREATE TABLE "HalfDone" ("id" INTEGER);
-- a comment; with a semicolon
INSERT INTO "HalfDone" VALUES (1);
SELECT "no_such_column" FROM "HalfDone";
`;

afterAll(async () => {
  if (serverUp) for (const name of made) await dropTestDatabase(name, SERVER).catch(() => {});
});

describe.skipIf(!serverUp)("migrations on PostgreSQL", () => {
  it("applies every migration to a fresh database, then none", async () => {
    const url = withDatabase(SERVER, uniqueName("fresh"));
    expect(await deployMigrations(url)).toEqual(MIGRATIONS);
    expect(await deployMigrations(url)).toEqual([]);
    expect((await migrationStatus(url)).upToDate).toBe(true);
  });

  it("applies nothing of a failing migration and names it", async () => {
    const url = withDatabase(SERVER, uniqueName("broken"));
    const dir = migrationsWith(BROKEN, BROKEN_SQL);
    try {
      const error = await deployMigrations(url, { migrationsDir: dir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MigrationFailedError);
      expect((error as MigrationFailedError).migrationName).toBe(BROKEN);
      expect((error as Error).message).toContain(BROKEN);
      await withClient(url, async (c) => {
        expect((await c.query(`SELECT to_regclass('"HalfDone"') AS t`)).rows[0].t).toBeNull();
      });
      expect((await migrationStatus(url, { migrationsDir: dir })).failed).toEqual([BROKEN]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("runs a migration as one script: $$ bodies and semicolons in strings survive", async () => {
    const url = withDatabase(SERVER, uniqueName("dollar"));
    const dir = migrationsWith(
      "29991231000000_function",
      `CREATE FUNCTION steady_answer() RETURNS text AS $$ BEGIN RETURN 'a;b'; END; $$ LANGUAGE plpgsql;\nSELECT ';';\n`,
    );
    try {
      expect(await deployMigrations(url, { migrationsDir: dir })).toContain("29991231000000_function");
      await withClient(url, async (c) => expect((await c.query("SELECT steady_answer() AS a")).rows[0].a).toBe("a;b"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports no drift between prisma/schema.prisma and the migrations", async () => {
    expect(await diffSchemaToMigrations({ target: SERVER })).toBe("");
  });
});

describe.skipIf(!serverUp)("invariants the database enforces", () => {
  let url: string;
  beforeAll(async () => {
    url = await createTestDatabase(uniqueName("inv"), SERVER);
  });

  const seedCouple = (c: pg.Client, users: number) =>
    c.query(
      `INSERT INTO "Couple" (id) VALUES ('c1');
       INSERT INTO "User" (id, email, name, "passwordHash", "timeZone", "updatedAt")
         SELECT 'u' || n, 'u' || n || '@x.test', 'U', 'h', 'UTC', now() FROM generate_series(1, ${users}) n;`,
    );

  it("refuses a third member in a couple", async () => {
    await withClient(url, async (c) => {
      await seedCouple(c, 3);
      await c.query(`INSERT INTO "Membership" (id, "coupleId", "userId", slot) VALUES ('m1', 'c1', 'u1', 1), ('m2', 'c1', 'u2', 2)`);
      await expect(c.query(`INSERT INTO "Membership" (id, "coupleId", "userId", slot) VALUES ('m3', 'c1', 'u3', 3)`)).rejects.toMatchObject({ code: "23514" });
      await expect(c.query(`INSERT INTO "Membership" (id, "coupleId", "userId", slot) VALUES ('m3', 'c1', 'u3', 1)`)).rejects.toMatchObject({ code: "23505" });
      await c.query(`TRUNCATE "Couple", "User" CASCADE`);
    });
  });

  it("refuses a second open pause and pauses outside 1 minute to 24 hours", async () => {
    await withClient(url, async (c) => {
      await seedCouple(c, 0);
      const pause = (id: string, minutes: number, endsIn: string, ended = "NULL") =>
        c.query(
          `INSERT INTO "Pause" (id, "coupleId", "startedAt", "endsAt", minutes, "endedAt")
           VALUES ('${id}', 'c1', now(), now() + interval '${endsIn}', ${minutes}, ${ended})`,
        );
      await pause("p0", 20, "20 minutes", "now()");
      await pause("p1", 20, "20 minutes");
      await expect(pause("p2", 20, "20 minutes")).rejects.toMatchObject({ code: "23505" });
      await expect(pause("p3", 0, "1 minute", "now()")).rejects.toMatchObject({ code: "23514" });
      await expect(pause("p4", 20, "25 hours", "now()")).rejects.toMatchObject({ code: "23514" });
      await c.query(`TRUNCATE "Couple" CASCADE`);
    });
  });

  it("refuses a second pending version and a second active pause rule", async () => {
    await withClient(url, async (c) => {
      await seedCouple(c, 0);
      const agreement = (id: string, status: string) =>
        c.query(`INSERT INTO "Agreement" (id, "coupleId", kind, status, "updatedAt") VALUES ('${id}', 'c1', 'PAUSE_RULE', '${status}', now())`);
      await agreement("a1", "ACTIVE");
      await expect(agreement("a2", "ACTIVE")).rejects.toMatchObject({ code: "23505" });
      await agreement("a3", "PROPOSED");
      const version = (id: string, n: number) =>
        c.query(`INSERT INTO "AgreementVersion" (id, "agreementId", "coupleId", number, action, content) VALUES ('${id}', 'a1', 'c1', ${n}, 'CHANGE', '{}')`);
      await version("v1", 1);
      await expect(version("v2", 2)).rejects.toMatchObject({ code: "23505" });
      await c.query(`TRUNCATE "Couple" CASCADE`);
    });
  });
});

describe("migrations on embedded PGlite", () => {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "steady-pglite-")), "nested", "pglite");
  afterAll(async () => {
    await closeSharedPglite(dir);
    rmSync(path.dirname(path.dirname(dir)), { recursive: true, force: true });
  });

  it("migrates a new directory, and the data survives closing and reopening", { timeout: 120_000 }, async () => {
    expect(await deployMigrations(dir)).toEqual(MIGRATIONS);
    const first = await getSharedPglite(dir);
    await first.exec(`INSERT INTO "Couple" (id) VALUES ('kept')`);
    await closeSharedPglite(dir);

    const second = await getSharedPglite(dir);
    expect(second).not.toBe(first);
    expect((await second.query<{ id: string }>(`SELECT id FROM "Couple"`)).rows).toEqual([{ id: "kept" }]);
    expect(await deployMigrations(dir)).toEqual([]);
  });

  it("applies nothing of a failing migration, records it as failed, and keeps the process alive", { timeout: 120_000 }, async () => {
    const broken = path.join(path.dirname(dir), "broken");
    const migrations = migrationsWith(BROKEN, BROKEN_SQL);
    try {
      const error = await deployMigrations(broken, { migrationsDir: migrations }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MigrationFailedError);
      expect((error as MigrationFailedError).migrationName).toBe(BROKEN);
      const pglite = await getSharedPglite(broken);
      expect((await pglite.query<{ t: string | null }>(`SELECT to_regclass('"HalfDone"') AS t`)).rows).toEqual([{ t: null }]);
      expect((await migrationStatus(broken, { migrationsDir: migrations })).failed).toEqual([BROKEN]);
    } finally {
      await closeSharedPglite(broken);
      rmSync(migrations, { recursive: true, force: true });
    }
  });

  it("refuses a directory that another live process holds", async () => {
    const other = path.join(path.dirname(dir), "held");
    writeFileSync(`${other}.lock`, String(process.ppid));
    await expect(getSharedPglite(other)).rejects.toThrow(/open in process/);
  });
});
