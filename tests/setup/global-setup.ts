import { ensureMigratedTemplate, testServerUrl } from "@/lib/db/test-database";

/**
 * Once per run: with PostgreSQL, (re)build the migrated template database only when the
 * migrations changed; every worker then clones it (CREATE DATABASE … TEMPLATE is fast).
 * With the embedded database, each worker migrates its own in-memory PGlite instead.
 */
export default async function setup() {
  if (testServerUrl()) await ensureMigratedTemplate();
}
