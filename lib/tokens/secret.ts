import { createHash, randomBytes } from "node:crypto";
import { TOKEN_PREFIX } from "./constants";

/** `stdy_` and 256 random bits in base64url (43 characters): nothing else is a token. */
export const TOKEN_PATTERN = /^stdy_[A-Za-z0-9_-]{43}$/;
/** How many characters of a secret are kept to tell tokens apart ("stdy_Ab3x"): 24 of its 256 bits. */
const HINT_LENGTH = TOKEN_PREFIX.length + 4;

/**
 * Only this hash is stored. A plain SHA-256 is enough for 256 random bits (nothing to guess, so no
 * slow hash is needed), and it lets a request find its token with one indexed lookup.
 */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function newTokenSecret(): { secret: string; secretHash: string; hint: string } {
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, secretHash: hashTokenSecret(secret), hint: secret.slice(0, HINT_LENGTH) };
}
