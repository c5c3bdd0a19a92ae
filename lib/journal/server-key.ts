import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { defaultProcessEnv, env, EnvError } from "../env";
import { KEY_BYTES } from "./crypto";

export const JOURNAL_KEY_FILE = ".data/journal-key";

/** The server key is missing, malformed or not the one existing journals were written with. */
export class JournalKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "JournalKeyError";
  }
}

export interface PreparedJournalKey {
  source: "env" | "file" | "generated";
  /** For a generated key: writes it to the file. Call only once the database accepted it. */
  persist: () => void;
}

const VALID = (v: string) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, "base64").length === KEY_BYTES;

/**
 * Boot only (server.ts), like ensureAuthSecret: JOURNAL_KEY wins; else the key kept in
 * .data/journal-key; else a new one, which goes into process.env (Next's copy of env() must find
 * the same key) but is written to the file only after checkJournalKey() found it fits the
 * database, so a wrong start leaves nothing behind.
 */
export function prepareJournalKey(file = JOURNAL_KEY_FILE): PreparedJournalKey {
  const none = () => undefined;
  if (env().JOURNAL_KEY) return { source: "env", persist: none };
  if (existsSync(file)) {
    const kept = readFileSync(file, "utf8").trim();
    if (!VALID(kept)) throw new EnvError(`Invalid environment configuration:\n  JOURNAL_KEY: ${file} does not hold 32 bytes in base64. Restore the key you had, or set JOURNAL_KEY (openssl rand -base64 32 makes a new one for a new database).`);
    defaultProcessEnv("JOURNAL_KEY", kept);
    return { source: "file", persist: none };
  }
  const key = randomBytes(KEY_BYTES).toString("base64");
  defaultProcessEnv("JOURNAL_KEY", key);
  return {
    source: "generated",
    persist: () => {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, key + "\n", { mode: 0o600 });
    },
  };
}

/** What server.ts prints after generating a key: where it is and what production needs. */
export const GENERATED_KEY_NOTE =
  `journal: generated a server key in ${JOURNAL_KEY_FILE}. In production, set JOURNAL_KEY instead ` +
  "(openssl rand -base64 32), keep a copy somewhere safe and never change it: without it, private journals cannot be read.";

/** The server key (KEK) that wraps every person's data key. */
export function serverKey(): Buffer {
  const value = env().JOURNAL_KEY;
  if (!value) throw new JournalKeyError("JOURNAL_KEY is not set: the private journal cannot be opened. Start the server through server.ts, or set JOURNAL_KEY.");
  return Buffer.from(value, "base64");
}
