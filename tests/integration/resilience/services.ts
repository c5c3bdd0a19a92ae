// A PostgreSQL cluster and a Redis server of the tests' own, on spare ports, that the tests may
// stop, restart and kill: never the shared ones (5432, 6379). Also used by the soak (bench/soak).
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

// Everything started here and not yet stopped, so that a caller stopped by a signal or an error
// (the soak) can stop it all, including what was still starting when the signal came.
const running = new Set<() => Promise<unknown>>();
function track(stop: () => Promise<unknown>): () => void {
  running.add(stop);
  return () => running.delete(stop);
}

/** Stops every cluster, Redis and node started by this module that is still running. */
export async function stopEverything(): Promise<void> {
  const stops = [...running];
  running.clear();
  await Promise.all(stops.map((stop) => stop().catch(() => undefined)));
}
export const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

// `kill -9` of the process that started them (the soak, a test worker) runs none of its cleanup.
// Redis and the nodes are its children: the kernel kills them when it dies (setpriv --pdeathsig,
// util-linux; without it they are spawned as before). The cluster is a daemon (pg_ctl detaches
// it): a small watchdog stops it and removes its directory once this process is gone.
const SETPRIV = "/usr/bin/setpriv";
function diesWithUs(command: string, args: string[]): [string, string[]] {
  return existsSync(SETPRIV) ? [SETPRIV, ["--pdeathsig", "SIGKILL", "--", command, ...args]] : [command, args];
}

/** Stops the cluster in `dir` and removes `dir` when this process has died without doing so. */
function watchCluster(dir: string, data: string, asPostgres: boolean): () => void {
  const stop = `${asPostgres ? "runuser -u postgres -- " : ""}${join(PG_BIN, "pg_ctl")} -D '${data}' -m immediate -w stop`;
  const script = `while kill -0 ${process.pid} 2>/dev/null; do sleep 0.5; done; ${stop} >/dev/null 2>&1; rm -rf '${dir}'`;
  const watchdog = spawn("sh", ["-c", script], { detached: true, stdio: "ignore" });
  watchdog.unref();
  return () => void (watchdog.exitCode === null && watchdog.kill("SIGKILL"));
}
const REDIS_SERVER = "redis-server";

function onPath(binary: string): boolean {
  return (process.env.PATH ?? "").split(":").some((dir) => existsSync(join(dir, binary)));
}

/** Why these tests cannot run here (a missing binary), or null when they can. */
export function missingServices(): string | null {
  const missing = [join(PG_BIN, "initdb"), join(PG_BIN, "pg_ctl"), join(PG_BIN, "pg_dump")].filter((b) => !existsSync(b));
  if (!onPath(REDIS_SERVER)) missing.push(REDIS_SERVER);
  return missing.length ? `resilience tests skipped: ${missing.join(", ")} not found (install postgresql-15 and redis-server, or set PG_BIN)` : null;
}

/**
 * PostgreSQL refuses to run as root: as root (containers, CI), the cluster is made and run as the
 * `postgres` user the Debian package creates (runuser); otherwise as whoever runs the tests.
 */
async function pgUser(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  const { stdout } = await run("id", ["-u", "postgres"]).catch(() => ({ stdout: "" }));
  const { stdout: gid } = await run("id", ["-g", "postgres"]).catch(() => ({ stdout: "" }));
  if (!stdout.trim()) throw new Error("running as root and there is no postgres user to run the test cluster as");
  return { uid: Number(stdout), gid: Number(gid) };
}

export interface OwnPostgres {
  port: number;
  /** The cluster's `postgres` database. */
  adminUrl: string;
  urlOf: (database: string) => string;
  start: () => Promise<void>;
  /** `fast` ends connections as a restart does; `immediate` is a crash. */
  stop: (mode?: "fast" | "immediate") => Promise<void>;
  restart: (mode?: "fast" | "immediate") => Promise<void>;
  destroy: () => Promise<void>;
}

/**
 * initdb + pg_ctl start on 127.0.0.1:`port`, its socket and data in a temp dir (fsync off: throwaway data).
 * `socketOnly`: no TCP at all, only the Unix socket in that temp dir (`port` then merely names the
 * socket file), so a second file's cluster never competes for a port with the first's.
 */
export async function startPostgres(port: number, { socketOnly = false } = {}): Promise<OwnPostgres> {
  const dir = mkdtempSync(join(tmpdir(), `steady-pg-${port}-`));
  const data = join(dir, "data");
  const user = await pgUser();
  if (user) chownSync(dir, user.uid, user.gid);
  const pgRun = (binary: string, args: string[]) => (user ? run("runuser", ["-u", "postgres", "--", join(PG_BIN, binary), ...args]) : run(join(PG_BIN, binary), args));
  await pgRun("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C"]);
  const listen = socketOnly ? "''" : "127.0.0.1";
  const options = `-p ${port} -k ${dir} -c listen_addresses=${listen} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60`;
  const pgCtl = (...args: string[]) => pgRun("pg_ctl", ["-D", data, "-l", join(dir, "log"), ...args]);
  const start = async () => void (await pgCtl("-o", options, "-w", "-t", "30", "start"));
  const stop = async (mode: "fast" | "immediate" = "fast") => void (await pgCtl("-m", mode, "-w", "-t", "30", "stop"));
  const unwatch = watchCluster(dir, data, user !== null);
  const destroy = async () => {
    untrack();
    await stop("immediate").catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    unwatch();
  };
  const untrack = track(destroy);
  await start();
  // libpq and node-postgres both let the `host` parameter (a socket directory) override the URL's host.
  const urlOf = (database: string) => (socketOnly ? `postgresql://postgres@localhost:${port}/${database}?host=${dir}` : `postgresql://postgres@127.0.0.1:${port}/${database}`);
  return {
    port,
    adminUrl: urlOf("postgres"),
    urlOf,
    start,
    stop,
    restart: async (mode = "fast") => {
      await stop(mode);
      await start();
    },
    destroy,
  };
}

/** A database on `pg` with the schema of `fromUrl` (the worker's migrated database), via pg_dump. */
export async function copySchema(pg: OwnPostgres, fromUrl: string, database: string): Promise<string> {
  const psql = join(PG_BIN, "psql");
  await run(psql, [pg.adminUrl, "-q", "-c", `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`, "-c", `CREATE DATABASE ${database}`]);
  const { stdout } = await run(join(PG_BIN, "pg_dump"), ["--schema-only", "--no-owner", "--no-privileges", fromUrl], { maxBuffer: 64 * 1024 * 1024 });
  await new Promise<void>((resolve, reject) => {
    const child = spawn(psql, [pg.urlOf(database), "-q", "-v", "ON_ERROR_STOP=1"], { stdio: ["pipe", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`schema copy failed: ${err}`))));
    child.stdin.end(stdout);
  });
  return pg.urlOf(database);
}

export interface OwnRedis {
  port: number;
  url: string;
  start: () => Promise<void>;
  /** Kills the server (SIGKILL by default: an outage, not a goodbye). */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
  destroy: () => Promise<void>;
}

/** redis-server on 127.0.0.1:`port`, nothing saved to disk. */
export async function startRedis(port: number): Promise<OwnRedis> {
  let child: ChildProcess | undefined;
  const start = async () => {
    const c = spawn(...diesWithUs(REDIS_SERVER, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--loglevel", "warning"]), {
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = c;
    await new Promise<void>((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new Error(`redis-server on ${port} did not start: ${out}`)), 10_000);
      const poll = setInterval(() => {
        run("redis-cli", ["-p", String(port), "ping"]).then(
          ({ stdout }) => {
            if (stdout.trim() !== "PONG") return;
            clearInterval(poll);
            clearTimeout(timer);
            resolve();
          },
          () => undefined,
        );
      }, 50);
      c.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
      c.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
      c.once("exit", (code) => {
        clearInterval(poll);
        clearTimeout(timer);
        reject(new Error(`redis-server on ${port} exited (${code}): ${out}`));
      });
    });
  };
  const stop = async (signal: NodeJS.Signals = "SIGKILL") => {
    const c = child;
    child = undefined;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    c.removeAllListeners("exit");
    await new Promise<void>((resolve) => {
      c.once("exit", () => resolve());
      c.kill(signal);
    });
  };
  const destroy = () => {
    untrack();
    return stop();
  };
  const untrack = track(destroy);
  await start();
  return { port, url: `redis://127.0.0.1:${port}`, start, stop, destroy };
}

const NODE_SCRIPT = fileURLToPath(new URL("./node.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export interface AppNode {
  child: ChildProcess;
  port: number;
  url: string;
  /** Everything the node printed so far. */
  output: () => string;
  /** Resolves with the exit code (or signal name) once the process ended. */
  exited: Promise<number | string>;
}

/**
 * The node compiled ahead of time (as scripts/build-server.mjs compiles server.ts): it starts in a
 * fraction of the time tsx takes, which the soak's many restarts need. Returns the file to run.
 */
export async function compileAppNode(outdir: string, entry = NODE_SCRIPT): Promise<string> {
  const { build } = await import("esbuild");
  await build({ entryPoints: [entry], outdir, bundle: true, splitting: true, format: "esm", platform: "node", target: "node20", packages: "external", logLevel: "warning" });
  return join(outdir, basename(entry).replace(/\.ts$/, ".js"));
}

let compiledOnce: Promise<string> | undefined;
/** This process's compiled copy of the node, built on first use (tsx takes far longer to start one). */
export function compiledAppNode(): Promise<string> {
  // Inside the repository: the bundle leaves packages to node_modules, found from where it lies.
  mkdirSync(join(ROOT, ".data"), { recursive: true });
  return (compiledOnce ??= compileAppNode(mkdtempSync(join(ROOT, ".data", "resilience-node-"))));
}

/** Spawns the compiled tests/integration/resilience/node.ts; resolves once it listens. */
export async function spawnAppNode(env: Record<string, string>, compiled?: string): Promise<AppNode> {
  const script = compiled ?? (await compiledAppNode());
  const child = spawn(...diesWithUs(process.execPath, [script]), {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "test", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const untrack = track(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  const exited = new Promise<number | string>((resolve) =>
    child.once("exit", (code, signal) => {
      untrack();
      resolve(code ?? signal ?? -1);
    }),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL"); // never leave a half-started node behind
      reject(new Error(`node did not start: ${out}`));
    }, 90_000);
    const onData = (chunk: Buffer) => {
      out = (out + chunk.toString()).slice(-200_000);
      const match = /ready (\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        const port = Number(match[1]);
        resolve({ child, port, url: `http://127.0.0.1:${port}`, output: () => out, exited });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`node exited (${code}) before it was ready: ${out}`));
    });
  });
}

/** Respawns on the same port, retrying while the old socket is released. */
export async function respawnAppNode(env: Record<string, string>, compiled?: string): Promise<AppNode> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await spawnAppNode(env, compiled);
    } catch (err) {
      if (attempt >= 10 || !/EADDRINUSE/.test(String(err))) throw err;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}

export function killNode(node: AppNode, signal: NodeJS.Signals = "SIGKILL"): Promise<number | string> {
  if (node.child.exitCode === null && node.child.signalCode === null) node.child.kill(signal);
  return node.exited;
}
