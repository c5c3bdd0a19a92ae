import { env } from "./env";

/** A tiny levelled logger: one line per event, so logs stay greppable on small servers. */
const levels = ["debug", "info", "warn", "error"] as const;
type Level = (typeof levels)[number];

function threshold(): number {
  return levels.indexOf(env().LOG_LEVEL);
}

function write(level: Level, message: string, extra?: unknown) {
  if (levels.indexOf(level) < threshold()) return;
  const line = `[steady] ${level.padEnd(5)} ${message}`;
  const out = level === "error" ? console.error : level === "warn" ? console.warn : console.log;
  if (extra === undefined) out(line);
  else out(line, extra);
}

export const log = {
  debug: (m: string, x?: unknown) => write("debug", m, x),
  info: (m: string, x?: unknown) => write("info", m, x),
  warn: (m: string, x?: unknown) => write("warn", m, x),
  error: (m: string, x?: unknown) => write("error", m, x),
};
