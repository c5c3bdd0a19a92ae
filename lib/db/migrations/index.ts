// The offline migration runner: `prisma migrate` on Prisma's WebAssembly schema engine, for
// scripts/db.ts, server boot and tests only; the app imports lib/db.ts. See lib/db/README.md.
export { migrateAtBoot } from "./at-boot";
export { LOCKFILE, readMigrationsList } from "./migrations-list";
export {
  deployMigrations,
  describeApplied,
  diffSchemaToMigrations,
  LOCKFILE_CONTENT,
  markMigrationRolledBack,
  MigrationFailedError,
  migrationStatus,
  resetDatabase,
  type MigrateOptions,
  type MigrationStatus,
} from "./runner";
export { panicMessage } from "./schema-engine";
