import { db } from "../db";
import { isUniqueViolation } from "../db/unique-violation";
import { log } from "../log";
import { newDataKey, SealError, unwrapDataKey, wrapDataKey, type Sealed } from "./crypto";
import { JournalKeyError, serverKey } from "./server-key";

/** Version of the server key new data keys are wrapped with (rotation re-wraps to a higher one). */
export const KEK_VERSION = 1;

/** Prisma 7 reads and writes bytes as Uint8Array. */
export const bytes = (b: Buffer): Uint8Array<ArrayBuffer> => new Uint8Array(b);
export const sealedOf = (row: { ciphertext: Uint8Array; iv: Uint8Array; tag: Uint8Array }): Sealed => ({
  ciphertext: Buffer.from(row.ciphertext),
  iv: Buffer.from(row.iv),
  tag: Buffer.from(row.tag),
});

const WRONG_KEY =
  "JOURNAL_KEY does not open the private journals already in this database: it is not the key they were written with. " +
  "Set JOURNAL_KEY to the original key (or restore .data/journal-key) and start again. Nothing has been written.";

function unwrap(userId: string, row: { wrappedKey: Uint8Array; iv: Uint8Array; tag: Uint8Array }, kek = serverKey()): Buffer {
  try {
    return unwrapDataKey(kek, { ciphertext: Buffer.from(row.wrappedKey), iv: Buffer.from(row.iv), tag: Buffer.from(row.tag) }, userId);
  } catch (err) {
    if (err instanceof SealError) throw new JournalKeyError(WRONG_KEY);
    throw err;
  }
}

/** This person's data key, or null if they never wrote anything private. */
export async function findDataKey(userId: string): Promise<Buffer | null> {
  const row = await db.userKey.findUnique({ where: { userId }, select: { wrappedKey: true, iv: true, tag: true } });
  return row ? unwrap(userId, row) : null;
}

/** This person's data key, made (and wrapped) on their first private write. */
export async function dataKeyFor(userId: string): Promise<Buffer> {
  const found = await findDataKey(userId);
  if (found) return found;
  const kek = serverKey();
  const dek = newDataKey();
  const wrapped = wrapDataKey(kek, dek, userId);
  try {
    await db.userKey.create({ data: { userId, wrappedKey: bytes(wrapped.ciphertext), iv: bytes(wrapped.iv), tag: bytes(wrapped.tag), kekVersion: KEK_VERSION } });
    return dek;
  } catch (err) {
    // Two first saves at once (two tabs): the other one's key won; use it.
    if (!isUniqueViolation(err)) throw err;
    const winner = await findDataKey(userId);
    if (!winner) throw err;
    return winner;
  }
}

/**
 * Boot check (server.ts, after migrations, before serving): the server key must open the data keys
 * already stored, or the start stops with a message naming JOURNAL_KEY. Reads only.
 */
export async function checkJournalKey(kek = serverKey()): Promise<"no journals yet" | "opens existing journals"> {
  const row = await db.userKey.findFirst({ where: { kekVersion: KEK_VERSION }, orderBy: { createdAt: "desc" }, select: { userId: true, wrappedKey: true, iv: true, tag: true } });
  if (!row) return "no journals yet";
  unwrap(row.userId, row, kek);
  return "opens existing journals";
}

/** Logs an unreadable private row by id only: never its content, which cannot be read anyway. */
export function logUnreadable(what: string, id: string, err: unknown) {
  log.error(`journal: ${what} ${id} could not be opened (${err instanceof Error ? err.name : "error"})`);
}
