import { createECDH } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { appUrl, defaultProcessEnv, env, EnvError } from "../env";

export const VAPID_FILE = ".data/vapid.json";

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  subject: string;
}

/** A new P-256 key pair in the form browsers and push services expect (base64url, raw). */
export function generateVapidKeys(): { publicKey: string; privateKey: string } {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  // A private key with leading zero bytes comes out shorter; push services want exactly 32 bytes.
  const priv = ecdh.getPrivateKey();
  const padded = Buffer.concat([Buffer.alloc(32 - priv.length), priv]);
  return { publicKey: ecdh.getPublicKey().toString("base64url"), privateKey: padded.toString("base64url") };
}

/** What server.ts prints after generating keys: where they are and what several nodes need. */
export const GENERATED_VAPID_NOTE =
  `push: generated VAPID keys in ${VAPID_FILE}. In production, set VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY ` +
  `(copy them from ${VAPID_FILE}, or make a pair with npx web-push generate-vapid-keys) and the same pair on every node: ` +
  "a phone's subscription is bound to the public key, so a node with other keys cannot reach it.";

/**
 * Boot only (server.ts), like prepareJournalKey: the environment wins; else the pair kept in
 * .data/vapid.json; else a new pair, written there at once (nothing to check it against) and put
 * into process.env so Next's copy of env() finds the same keys. Returns where they came from.
 */
export function prepareVapidKeys(file = VAPID_FILE): "env" | "file" | "generated" {
  const e = env();
  if (e.VAPID_PUBLIC_KEY && e.VAPID_PRIVATE_KEY) return "env";
  if (existsSync(file)) {
    let kept: { publicKey?: unknown; privateKey?: unknown };
    try {
      kept = JSON.parse(readFileSync(file, "utf8")) as typeof kept;
    } catch {
      kept = {};
    }
    if (typeof kept.publicKey !== "string" || typeof kept.privateKey !== "string") {
      throw new EnvError(`Invalid environment configuration:\n  VAPID_PUBLIC_KEY: ${file} does not hold a key pair. Restore it, or delete it to make a new pair (phones then turn notifications on again).`);
    }
    defaultProcessEnv("VAPID_PUBLIC_KEY", kept.publicKey);
    defaultProcessEnv("VAPID_PRIVATE_KEY", kept.privateKey);
    env(); // validates the kept pair now, with the variable's own message
    return "file";
  }
  const pair = generateVapidKeys();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(pair, null, 2) + "\n", { mode: 0o600 });
  defaultProcessEnv("VAPID_PUBLIC_KEY", pair.publicKey);
  defaultProcessEnv("VAPID_PRIVATE_KEY", pair.privateKey);
  return "generated";
}

/** The keys push requests are signed with; null when none are set (a script, a test without push). */
export function vapidKeys(): VapidKeys | null {
  const e = env();
  if (!e.VAPID_PUBLIC_KEY || !e.VAPID_PRIVATE_KEY) return null;
  const url = appUrl(e);
  const subject = e.VAPID_SUBJECT ?? (url.startsWith("https://") ? url : "mailto:push@localhost");
  return { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY, subject };
}
