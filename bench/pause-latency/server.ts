import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";

export interface BenchServer {
  child: ChildProcess;
  port: number;
  url: string;
  /** Resident memory of the server process right now, in MB (from /proc/<pid>/status). */
  rssMb: () => number;
  /** Event-loop delay since the last call (the preloaded monitor answers SIGUSR2). */
  loopDelay: () => Promise<{ p50_ms: number; p99_ms: number; max_ms: number }>;
  stop: () => Promise<void>;
}

export interface ServerOptions {
  port: number;
  databaseUrl: string;
  secret: string;
  redisUrl?: string;
}

/**
 * The production server (after `npm run build`), exactly as `npm run serve` runs it (`node
 * dist/server.js`), plus the bench-only event-loop monitor. One process, so its RSS is the server's.
 */
export async function startServer(options: ServerOptions): Promise<BenchServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  // BENCH_SERVER_FLAGS="--trace-gc" and BENCH_SERVER_LOG=<file> help explain a tail.
  const flags = (process.env.BENCH_SERVER_FLAGS ?? "").split(" ").filter(Boolean);
  const logFile = process.env.BENCH_SERVER_LOG ? createWriteStream(`${process.env.BENCH_SERVER_LOG}.${options.port}`) : null;
  const child = spawn(process.execPath, [...profile, ...flags, "--import", "./bench/pause-latency/loop-monitor.mjs", "dist/server.js"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(options.port),
      HOST: "127.0.0.1",
      APP_URL: url,
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: options.secret,
      REDIS_URL: options.redisUrl ?? "",
      // The bench starts thousands of pauses from a few users per second; limits are tested elsewhere.
      RATE_LIMIT_SCALE: "10000",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const waiting: ((line: string) => void)[] = [];
  let log = "";
  const onLine = (chunk: Buffer) => {
    const text = chunk.toString();
    logFile?.write(text);
    log = (log + text).slice(-4000);
    for (const line of text.split("\n")) if (line.startsWith("[bench-loop]")) waiting.shift()?.(line);
  };
  child.stdout!.on("data", onLine);
  child.stderr!.on("data", onLine);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${options.port} exited:\n${log}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server on ${options.port} did not become healthy:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  return {
    child,
    port: options.port,
    url,
    rssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return Math.round(kb / 1024);
    },
    loopDelay: () =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no event-loop report")), 5000);
        waiting.push((line) => {
          clearTimeout(timer);
          resolve(JSON.parse(line.slice("[bench-loop] ".length)));
        });
        child.kill("SIGUSR2");
      }),
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
