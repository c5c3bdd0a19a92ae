import { spawn } from "node:child_process";

/**
 * Applies migrations for a PostgreSQL target in a short-lived child process (scripts/db.ts migrate):
 * Prisma's schema engine is a WebAssembly module that, once loaded, keeps ~30 MB for the life of
 * the process. PGlite cannot do this (one process per data directory), so it migrates in-process.
 * Resolves with the child's one-line summary; rejects with its error output.
 */
export function migrateInChildProcess(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/db.ts", "migrate"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(out.trim().split("\n").at(-1) ?? "") : reject(new Error(err.trim() || `migrations failed (exit ${code})`))));
  });
}
