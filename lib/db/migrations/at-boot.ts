import { spawn } from "node:child_process";
import { defaultTarget } from "../target";
import { deployMigrations, describeApplied } from "./runner";

/**
 * Applies pending migrations before the server takes requests; resolves with a one-line summary.
 * PostgreSQL migrates in a short-lived child process (scripts/db.ts migrate): Prisma's schema
 * engine is a WebAssembly module that, once loaded, keeps ~30 MB for the life of the process.
 * PGlite cannot (one process per data directory), so it migrates here, on the app's instance.
 */
export async function migrateAtBoot(): Promise<string> {
  const target = defaultTarget();
  if (target.kind === "embedded") return describeApplied(await deployMigrations(target));
  return migrateInChildProcess();
}

// The child inherits this process's environment (spawn's default), DATABASE_URL included.
function migrateInChildProcess(): Promise<string> {
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
