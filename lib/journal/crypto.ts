import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * AES-256-GCM, the only cipher of the journal. Each sealed value has its own random 96-bit IV and
 * a 128-bit tag; the associated data binds it to where it belongs (an entry id and its author, a
 * user id for a wrapped key), so a row copied onto another row or another person fails to open.
 */
export interface Sealed {
  ciphertext: Buffer;
  iv: Buffer;
  tag: Buffer;
}

export const KEY_BYTES = 32;
const IV_BYTES = 12;

/** Thrown when a sealed value does not open: wrong key, tampered bytes or the wrong place. */
export class SealError extends Error {
  constructor(message = "sealed data does not open with this key") {
    super(message);
    this.name = "SealError";
  }
}

export function seal(key: Buffer, plaintext: Buffer, aad: string): Sealed {
  if (key.length !== KEY_BYTES) throw new Error("AES-256-GCM needs a 32-byte key");
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { ciphertext, iv, tag: cipher.getAuthTag() };
}

export function open(key: Buffer, sealed: Sealed, aad: string): Buffer {
  if (key.length !== KEY_BYTES) throw new Error("AES-256-GCM needs a 32-byte key");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, sealed.iv);
    decipher.setAAD(Buffer.from(aad, "utf8"));
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch {
    // Node says "Unsupported state or unable to authenticate data"; callers need one kind of error.
    throw new SealError();
  }
}

/** A fresh per-person data key. */
export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

const dekAad = (userId: string) => `steady/journal-dek/v1/${userId}`;
const blobAad = (kind: string, id: string, userId: string) => `steady/journal-${kind}/v1/${id}/${userId}`;

/** Wraps a person's data key with the server key. */
export function wrapDataKey(kek: Buffer, dek: Buffer, userId: string): Sealed {
  return seal(kek, dek, dekAad(userId));
}

export function unwrapDataKey(kek: Buffer, wrapped: Sealed, userId: string): Buffer {
  return open(kek, wrapped, dekAad(userId));
}

/** Seals a JSON value for one row: `kind` is "entry" or "steadiers", `id` the row's id. */
export function sealJson(dek: Buffer, value: unknown, where: { kind: string; id: string; userId: string }): Sealed {
  return seal(dek, Buffer.from(JSON.stringify(value), "utf8"), blobAad(where.kind, where.id, where.userId));
}

export function openJson(dek: Buffer, sealed: Sealed, where: { kind: string; id: string; userId: string }): unknown {
  return JSON.parse(open(dek, sealed, blobAad(where.kind, where.id, where.userId)).toString("utf8"));
}
