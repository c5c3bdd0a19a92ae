import { db } from "../db";
import { openJson } from "./crypto";
import { findDataKey, logUnreadable, sealedOf } from "./keys";
import { EntryContentSchema, SteadierSchema, type EntryContent, type Steadier } from "./schemas";

/**
 * Reads of the private journal, always by the caller's own user id, decrypted in memory only for
 * the request that asked. Rows that do not open (tampered, or copied from elsewhere) are left out
 * and logged by id.
 */
export interface Entry extends EntryContent {
  id: string;
  draft: boolean;
  createdAt: Date;
  updatedAt: Date;
}

const columns = { id: true, userId: true, draft: true, ciphertext: true, iv: true, tag: true, createdAt: true, updatedAt: true } as const;
type Row = { id: string; userId: string; draft: boolean; ciphertext: Uint8Array; iv: Uint8Array; tag: Uint8Array; createdAt: Date; updatedAt: Date };

function decrypt(dek: Buffer, rows: Row[]): Entry[] {
  const out: Entry[] = [];
  for (const row of rows) {
    try {
      const content = EntryContentSchema.parse(openJson(dek, sealedOf(row), { kind: "entry", id: row.id, userId: row.userId }));
      out.push({ id: row.id, draft: row.draft, createdAt: row.createdAt, updatedAt: row.updatedAt, ...content });
    } catch (err) {
      logUnreadable("entry", row.id, err);
    }
  }
  return out;
}

async function entries(userId: string, where: { draft?: boolean; createdAt?: { gte: Date; lt: Date }; id?: string }, take?: number): Promise<Entry[]> {
  const rows = await db.journalEntry.findMany({ where: { userId, ...where }, select: columns, orderBy: { createdAt: "desc" }, take });
  if (rows.length === 0) return [];
  const dek = await findDataKey(userId);
  return dek ? decrypt(dek, rows) : [];
}

/** My saved entries, newest first. */
export function listEntries(userId: string, take = 100): Promise<Entry[]> {
  return entries(userId, { draft: false }, take);
}

/** One of my entries (a draft or saved), or null — also for anyone else's id. */
export async function getEntry(userId: string, id: string): Promise<Entry | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return (await entries(userId, { id }))[0] ?? null;
}

/** My most recent unfinished entry, to carry on with. */
export async function latestDraft(userId: string): Promise<Entry | null> {
  return (await entries(userId, { draft: true }, 1))[0] ?? null;
}

/** My saved entries written in [from, to), for patterns. */
export function entriesBetween(userId: string, from: Date, to: Date): Promise<Entry[]> {
  return entries(userId, { draft: false, createdAt: { gte: from, lt: to } });
}

/** Every entry I wrote, drafts too, oldest first: for my own data export. */
export async function allEntries(userId: string): Promise<Entry[]> {
  return (await entries(userId, {})).reverse();
}

/** My things that steady me (empty until I add some). */
export async function readSteadiers(userId: string): Promise<Steadier[]> {
  const row = await db.steadiers.findUnique({ where: { userId }, select: { ciphertext: true, iv: true, tag: true } });
  if (!row) return [];
  const dek = await findDataKey(userId);
  if (!dek) return [];
  try {
    return SteadierSchema.array().parse(openJson(dek, sealedOf(row), { kind: "steadiers", id: userId, userId }));
  } catch (err) {
    logUnreadable("steadiers of", userId, err);
    return [];
  }
}
