import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { authSecret } from "./harness";

const SCRIPT = fileURLToPath(new URL("./realtime-node.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export interface NodeProcess {
  child: ChildProcess;
  url: string;
  port: number;
}

/** Spawns a realtime node against this worker's database; resolves when it listens. */
export function spawnNode(options: { port?: number; redisUrl?: string } = {}): Promise<NodeProcess> {
  // node --import tsx, not the tsx CLI: the CLI runs the script in a grandchild that SIGKILL can't reach.
  const child = spawn(process.execPath, ["--import", "tsx", SCRIPT], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "test",
      PORT: String(options.port ?? 0),
      AUTH_SECRET: authSecret(),
      REDIS_URL: options.redisUrl ?? "",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`node did not start: ${out}`)), 20_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready (\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        const port = Number(match[1]);
        resolve({ child, port, url: `http://127.0.0.1:${port}` });
      }
    });
    child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`node exited (${code}) before it was ready: ${out}`));
    });
  });
}

/**
 * A port below Linux's ephemeral range (32768+): a client reconnecting to a dead ephemeral port
 * can be handed that very port as its own source port, and the restarted node could not listen.
 */
export function quietPort(): number {
  return 20_000 + Math.floor(Math.random() * 10_000);
}

/** Restarts on the same port, retrying briefly while the old socket is released. */
export async function respawnNode(port: number, options: { redisUrl?: string } = {}): Promise<NodeProcess> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await spawnNode({ ...options, port });
    } catch (err) {
      if (attempt >= 5 || !/EADDRINUSE/.test(String(err))) throw err;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}

/** kill -9: no graceful shutdown, sockets just drop. */
export function killHard(node: NodeProcess): Promise<void> {
  return new Promise((resolve) => {
    if (node.child.exitCode !== null || node.child.signalCode !== null) return resolve();
    node.child.once("exit", () => resolve());
    node.child.kill("SIGKILL");
  });
}
