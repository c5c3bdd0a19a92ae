import { createHash, randomInt } from "node:crypto";

// Crockford's base32 without 0, 1, I, L, O, U: nothing that reads as something else.
export const INVITE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const INVITE_CODE_LENGTH = 10;
/** log2(30) × 10 ≈ 49 bits: far beyond guessing within the rate limit and the 72-hour expiry. */
export const INVITE_CODE_BITS = Math.log2(INVITE_ALPHABET.length) * INVITE_CODE_LENGTH;
export const INVITE_TTL_MS = 72 * 60 * 60 * 1000;

/** A fresh code, shown as two groups of five: "7KX2M-QH4TZ". */
export function generateInviteCode(): string {
  let raw = "";
  for (let i = 0; i < INVITE_CODE_LENGTH; i++) raw += INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)];
  return formatInviteCode(raw);
}

export function formatInviteCode(raw: string): string {
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

/** What people type: any case, spaces or dashes anywhere. Returns null if it cannot be a code. */
export function normalizeInviteCode(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s-]/g, "");
  if (raw.length !== INVITE_CODE_LENGTH) return null;
  for (const ch of raw) if (!INVITE_ALPHABET.includes(ch)) return null;
  return raw;
}

/** Only the hash is stored, so a database leak does not leak usable invites. */
export function hashInviteCode(normalized: string): string {
  return createHash("sha256").update(normalized).digest("hex");
}

export function isInviteExpired(invite: { expiresAt: Date }, now = new Date()): boolean {
  return invite.expiresAt.getTime() <= now.getTime();
}
