import { readFileSync, rmSync, writeFileSync } from "node:fs";

// PGlite has no lock across processes, and two processes writing one data directory corrupt
// it (e.g. `npm run db:migrate` while the app runs). A pid file beside the directory turns that
// into a clear error. A lock left by a dead process is taken over; the process start time
// recorded with the pid tells a reused pid (after a container restart) from the real owner.

/** Start time of a process in clock ticks since boot (Linux), or "" where /proc is missing. */
function startTime(pid: number | "self"): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? "";
  } catch {
    return "";
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function heldByAnother(content: string): number | undefined {
  const [pidText = "", started = ""] = content.trim().split(" ");
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !alive(pid)) return undefined;
  if (started && startTime(pid) && startTime(pid) !== started) return undefined;
  return pid;
}

const held = new Set<string>();

/** Claims `<dir>.lock` for this process, or throws naming the process that holds it. */
export function lockDataDir(dir: string): void {
  const lock = `${dir}.lock`;
  if (held.has(lock)) return;
  const mine = `${process.pid} ${startTime("self")}`.trim();
  try {
    writeFileSync(lock, mine, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const owner = heldByAnother(readFileSync(lock, "utf8"));
    if (owner) {
      throw new Error(
        `The embedded database in ${dir} is open in process ${owner} (is the app running?). ` +
          "Stop it first: PGlite cannot be shared between processes.",
      );
    }
    writeFileSync(lock, mine);
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
