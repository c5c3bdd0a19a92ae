import { readFileSync, rmSync, writeFileSync } from "node:fs";

// PGlite has no lock across processes, and two processes writing one data directory corrupt
// it (e.g. `npm run db:migrate` while the app runs). A pid file beside the directory turns that
// into a clear error. A lock left by a dead process is taken over.

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const held = new Set<string>();

/** Claims `<dir>.lock` for this process, or throws naming the process that holds it. */
export function lockDataDir(dir: string): void {
  const lock = `${dir}.lock`;
  if (held.has(lock)) return;
  try {
    writeFileSync(lock, String(process.pid), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const owner = Number(readFileSync(lock, "utf8").trim());
    if (owner !== process.pid && Number.isInteger(owner) && owner > 0 && alive(owner)) {
      throw new Error(
        `The embedded database in ${dir} is open in process ${owner} (is the app running?). ` +
          "Stop it first: PGlite cannot be shared between processes.",
      );
    }
    writeFileSync(lock, String(process.pid));
  }
  if (held.size === 0) process.once("exit", releaseAll);
  held.add(lock);
}

/** Releases the lock taken by `lockDataDir`. */
export function unlockDataDir(dir: string): void {
  const lock = `${dir}.lock`;
  if (held.delete(lock)) rmSync(lock, { force: true });
}

function releaseAll(): void {
  for (const lock of held) rmSync(lock, { force: true });
  held.clear();
}
