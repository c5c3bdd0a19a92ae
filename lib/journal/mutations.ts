import type { Member } from "../auth/member";
import { db } from "../db";
import { isUniqueViolation } from "../db/unique-violation";
import { AppError } from "../errors";
import { sealJson } from "./crypto";
import { bytes, dataKeyFor } from "./keys";
import { say } from "../i18n/translate";
import { ENTRY_NOT_FOUND_KEY, entryContent, type SaveEntryInput, type Steadier } from "./schemas";

/**
 * Writes to the private journal. Every statement names the caller's user id, so another person's
 * entry (a partner's included) is "not found", whatever its id. Nothing here touches the couple:
 * no timeline event, no broadcast, no notification — the partner cannot learn an entry exists.
 */

const ALREADY_SAVED_KEY = "journal.errors.alreadySaved" as const;
/** In English (tests, logs); people read it in their language. */
export const ALREADY_SAVED = say("en", ALREADY_SAVED_KEY);

/** Creates or updates an entry (a draft as people type, or the saved entry). */
export async function saveEntry(member: Member, input: SaveEntryInput, now: Date) {
  const userId = member.user.id;
  const existing = await db.journalEntry.findUnique({ where: { id: input.id }, select: { userId: true, draft: true } });
  if (existing && existing.userId !== userId) throw new AppError("not_found", ENTRY_NOT_FOUND_KEY);
  // A late autosave must not turn a saved entry back into a draft, nor write older words over it.
  if (existing && !existing.draft && input.draft) throw new AppError("conflict", ALREADY_SAVED_KEY);
  const dek = await dataKeyFor(userId);
  const sealed = sealJson(dek, entryContent(input), { kind: "entry", id: input.id, userId });
  const data = { draft: input.draft, ciphertext: bytes(sealed.ciphertext), iv: bytes(sealed.iv), tag: bytes(sealed.tag), updatedAt: now };
  const update = async () => {
    const { count } = await db.journalEntry.updateMany({ where: { id: input.id, userId, ...(input.draft ? { draft: true } : {}) }, data });
    if (count === 0) throw new AppError(input.draft ? "conflict" : "not_found", input.draft ? ALREADY_SAVED_KEY : ENTRY_NOT_FOUND_KEY);
  };
  if (existing) await update();
  else {
    try {
      await db.journalEntry.create({ data: { id: input.id, userId, createdAt: now, ...data } });
    } catch (err) {
      // The same new id from two saves at once: the second is an update (if it is ours at all).
      if (!isUniqueViolation(err)) throw err;
      await update();
    }
  }
  return { id: input.id, draft: input.draft, savedAt: now.toISOString() };
}

export async function deleteEntry(member: Member, id: string) {
  const { count } = await db.journalEntry.deleteMany({ where: { id, userId: member.user.id } });
  if (count === 0) throw new AppError("not_found", ENTRY_NOT_FOUND_KEY);
  return { deleted: true };
}

/** Replaces the list of things that steady me (one sealed list per person). */
export async function saveSteadiers(member: Member, items: Steadier[], now: Date) {
  const userId = member.user.id;
  const dek = await dataKeyFor(userId);
  const sealed = sealJson(dek, items, { kind: "steadiers", id: userId, userId });
  const data = { ciphertext: bytes(sealed.ciphertext), iv: bytes(sealed.iv), tag: bytes(sealed.tag), updatedAt: now };
  await db.steadiers.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  return { count: items.length, savedAt: now.toISOString() };
}
