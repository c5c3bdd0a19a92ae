import { db } from "./db";
import packageJson from "../package.json" with { type: "json" };

export interface Health {
  status: "ok" | "degraded";
  db: "ok" | "unreachable";
  version: string;
}

/** Asks the database one trivial question, giving up after `timeoutMs` so a probe never hangs. */
export async function checkHealth(timeoutMs = 2000): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return { status: "ok", db: "ok", version: packageJson.version };
  } catch {
    return { status: "degraded", db: "unreachable", version: packageJson.version };
  } finally {
    clearTimeout(timer);
  }
}
