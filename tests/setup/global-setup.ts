import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { dropTestDatabase, ensureMigratedTemplate, testServerUrl } from "@/tests/setup/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    testRunId: string;
    /** Embedded mode: a migrated PGlite directory each worker copies instead of migrating again. */
    embeddedTemplate: string;
  }
}

/**
 * Once per run: with PostgreSQL, (re)build the migrated template database only when the
 * migrations changed; every worker then clones it (CREATE DATABASE … TEMPLATE is fast).
 * Worker databases carry this run's id, so parallel runs on one machine never share one.
 * With the embedded database, one PGlite directory is migrated here and every test file copies it.
 */
export default async function setup(project: TestProject) {
  const runId = randomBytes(3).toString("hex");
  project.provide("testRunId", runId);
  if (testServerUrl()) {
    await ensureMigratedTemplate();
    project.provide("embeddedTemplate", "");
  } else {
    // Migrating PGlite takes 5–30 s: once per run, not once per file.
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { deployMigrations } = await import("@/lib/db/migrations");
    const { closeSharedPglite } = await import("@/lib/db/shared-pglite");
    const dir = join(mkdtempSync(join(tmpdir(), "steady-test-template-")), "pglite");
    await deployMigrations(dir);
    await closeSharedPglite(dir);
    project.provide("embeddedTemplate", dir);
  }
  return async () => {
    if (!testServerUrl()) return;
    const workers = Number(project.config.maxWorkers) || 4;
    for (let i = 1; i <= workers + 2; i++) await dropTestDatabase(`steady_test_${runId}_w${i}`).catch(() => undefined);
  };
}
