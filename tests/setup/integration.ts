import { afterAll, beforeEach, inject } from "vitest";
import { reloadEnv } from "@/lib/env";
import { createTestDatabase, testServerUrl, truncateAll } from "@/tests/setup/test-database";

/**
 * Each Vitest worker gets its own database (PostgreSQL: steady_test_<run>_w<N> cloned from the template;
 * embedded: a fresh PGlite directory), truncated before every test. Set before lib/db is first used.
 */
const worker = process.env.VITEST_POOL_ID ?? "1";
process.env.AUTH_SECRET ??= "integration-tests-secret-integration-tests-secret";
// The journal's server key (32 bytes, base64); tests that need a wrong one pass it explicitly.
process.env.JOURNAL_KEY ??= Buffer.alloc(32, 7).toString("base64");

if (testServerUrl()) {
  process.env.DATABASE_URL = await createTestDatabase(`steady_test_${inject("testRunId")}_w${worker}`);
} else {
  const { cpSync, mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  delete process.env.DATABASE_URL;
  const dir = join(mkdtempSync(join(tmpdir(), `steady-test-w${worker}-`)), "pglite");
  cpSync(inject("embeddedTemplate"), dir, { recursive: true });
  process.env.EMBEDDED_DB_DIR = dir;
}
// lib/env.ts caches its first parse; anything that parsed before the lines above saw the shell's database.
reloadEnv();

beforeEach(async () => {
  const { db } = await import("@/lib/db");
  await truncateAll(db);
});

afterAll(async () => {
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
});
