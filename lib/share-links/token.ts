import { createHash, randomBytes } from "node:crypto";

/**
 * A counsellor link's secret: 32 random bytes (256 bits) in base64url, so it fits a URL as is and
 * cannot be guessed. Only its sha256 is stored, so a copy of the database opens nothing.
 */
export const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function generateToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

/** Whether a string has a token's shape; anything else is refused before any lookup. */
export function looksLikeToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
