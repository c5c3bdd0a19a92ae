// The project's own `prisma migrate`: offline, the Prisma CLI cannot migrate (it always spawns
// a native schema engine it must download first), so this drives the wasm engine in-process.
import "dotenv/config";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { DatabaseUnreachableError } from "../lib/db/connection-check";
import {
  deployMigrations,
  describeApplied,
  diffSchemaToMigrations,
  LOCKFILE,
  LOCKFILE_CONTENT,
  markMigrationRolledBack,
  migrationStatus,
  panicMessage,
  resetDatabase,
} from "../lib/db/migrations";
import { closeSharedPglite } from "../lib/db/shared-pglite";
import { defaultTarget, describeTarget } from "../lib/db/target";

const MIGRATIONS_DIR = "prisma/migrations";
const SEED = "prisma/seed.ts";
const USAGE = "usage: tsx scripts/db.ts <migrate | new <name> | status | reset --force | seed | resolve <failed migration>>";

const target = defaultTarget();

async function migrate() {
  // Boot reads the last line of this output (migrateAtBoot).
  console.log(describeApplied(await deployMigrations(target)));
}

function timestamp(now = new Date()): string {
  return now.toISOString().replace(/\D/g, "").slice(0, 14);
}

async function create(rawName: string | undefined) {
  const name = (rawName ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  if (!name) throw new Error("give the migration a name: npm run db:new -- <name>");
  const sql = await diffSchemaToMigrations({ target });
  if (!sql) return console.log("No changes: prisma/schema.prisma matches the migrations.");
  const dir = path.join(MIGRATIONS_DIR, `${timestamp()}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql, "utf8");
  if (!existsSync(path.join(MIGRATIONS_DIR, LOCKFILE))) await writeFile(path.join(MIGRATIONS_DIR, LOCKFILE), LOCKFILE_CONTENT);
  console.log(`Wrote ${dir}/migration.sql. Review it, add any raw SQL, then run npm run db:migrate.`);
}

async function status() {
  const s = await migrationStatus(target);
  if (s.upToDate) return console.log("Database schema is up to date.");
  if (s.pending.length) console.log(`Pending: ${s.pending.join(", ")}`);
  if (s.failed.length) console.log(`Failed (fix the database, then mark it rolled back): ${s.failed.join(", ")}`);
  if (s.edited.length) console.log(`Edited after being applied: ${s.edited.join(", ")}`);
  if (s.unknown.length) console.log(`Applied but missing from ${MIGRATIONS_DIR}: ${s.unknown.join(", ")}`);
  process.exitCode = 2;
}

function seed() {
  if (!existsSync(SEED)) return console.log(`No ${SEED}: nothing to seed.`);
  const run = spawnSync(path.resolve("node_modules/.bin/tsx"), [SEED], { stdio: "inherit" });
  if (run.status !== 0) throw new Error(`${SEED} failed (exit ${run.status ?? run.signal})`);
}

async function reset(flags: string[]) {
  if (!flags.includes("--force")) {
    throw new Error(`db:reset deletes every row in ${describeTarget(target)}. Run it again with --force: npm run db:reset -- --force`);
  }
  await resetDatabase(target);
  console.log(`Reset ${describeTarget(target)}.`);
  await migrate();
  if (target.kind === "embedded") await closeSharedPglite(target.dir); // the seed opens it in its own process
  if (!flags.includes("--skip-seed")) seed();
}

async function main(command: string | undefined, args: string[]) {
  console.log(`Database: ${describeTarget(target)}`);
  switch (command) {
    case "migrate":
      return migrate();
    case "new":
      return create(args.find((a) => !a.startsWith("-")));
    case "status":
      return status();
    case "reset":
      return reset(args);
    case "seed":
      return seed();
    case "resolve": {
      const name = args.find((a) => !a.startsWith("-"));
      if (!name) throw new Error("usage: tsx scripts/db.ts resolve <failed migration name>");
      await markMigrationRolledBack(target, name);
      return console.log(`Marked ${name} as rolled back; npm run db:migrate applies it again.`);
    }
    default:
      throw new Error(USAGE);
  }
}

// A Rust panic in the wasm engine surfaces as an uncaught exception, not a rejection.
process.on("uncaughtException", (error) => {
  console.error(`The schema engine crashed: ${panicMessage() || error.message}`);
  process.exit(1);
});

try {
  await main(process.argv[2], process.argv.slice(3));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof DatabaseUnreachableError ? `${message}. Is PostgreSQL running, and is DATABASE_URL right?` : message);
  process.exitCode = 1;
} finally {
  if (target.kind === "embedded") await closeSharedPglite(target.dir);
}
