import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { defaultProcessEnv, env } from "./env";

const SECRET_FILE = ".data/auth-secret";

/**
 * A fresh clone has no AUTH_SECRET: generate one once and keep it in .data/ so sessions survive
 * restarts. Deployments (and several nodes) set AUTH_SECRET explicitly, which always wins.
 * The secret goes into process.env, not only into this module's env(): Next's bundle parses its
 * own copy of the environment later, and must find the same secret.
 */
export function ensureAuthSecret(): "env" | "generated" | "file" {
  if (env().AUTH_SECRET) return "env";
  if (existsSync(SECRET_FILE)) {
    defaultProcessEnv("AUTH_SECRET", readFileSync(SECRET_FILE, "utf8").trim());
    return "file";
  }
  mkdirSync(dirname(SECRET_FILE), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(SECRET_FILE, secret + "\n", { mode: 0o600 });
  defaultProcessEnv("AUTH_SECRET", secret);
  return "generated";
}
