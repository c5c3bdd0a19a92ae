import { createHash, randomBytes } from "node:crypto";

/**
 * The secret in a user's calendar feed URL. Calendar apps fetch feeds without cookies, so the URL
 * itself is the credential: 256 random bits (unguessable), stored only as a SHA-256 hash (a leaked
 * database does not leak working feed URLs), replaced or deleted to revoke. No slow hash is needed
 * for a random secret of this size.
 */
export const FEED_TOKEN_BYTES = 32;

/** A new token for a feed URL (base64url, 43 characters). Shown to its owner, never stored. */
export function newFeedToken(): string {
  return randomBytes(FEED_TOKEN_BYTES).toString("base64url");
}

/** What is stored and looked up: hex SHA-256 of the token. */
export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether a path segment can be a token at all, so junk requests skip the database. */
export function isFeedTokenShape(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
