import { defineOperation } from "../operations/define";
import { deleteEntry, saveEntry, saveSteadiers } from "./mutations";
import { readSteadiers } from "./queries";
import { EntryIdSchema, NoInputSchema, SaveEntrySchema, SaveSteadiersSchema } from "./schemas";

/**
 * The private journal's verbs. Access is "member": a journal works before a couple exists and
 * after it ends, and every verb acts on the caller's own rows only (the partner is an outsider).
 * None is a socket verb and none broadcasts: there is nothing about a journal for anyone to hear.
 */
export const saveEntryOp = defineOperation({
  name: "journal.save",
  access: "member",
  input: SaveEntrySchema,
  rateLimit: { limit: "journal", what: "saves" },
  run: (input, { member, now }) => saveEntry(member, input, now),
});

export const deleteEntryOp = defineOperation({
  name: "journal.delete",
  access: "member",
  input: EntryIdSchema,
  rateLimit: { limit: "write", what: "changes" },
  run: (input, { member }) => deleteEntry(member, input.id),
});

export const saveSteadiersOp = defineOperation({
  name: "journal.saveSteadiers",
  access: "member",
  input: SaveSteadiersSchema,
  rateLimit: { limit: "write", what: "changes" },
  run: (input, { member, now }) => saveSteadiers(member, input.items, now),
});

/** The pause screen opens my list in place, without leaving the pause. */
export const readSteadiersOp = defineOperation({
  name: "journal.readSteadiers",
  access: "member",
  input: NoInputSchema,
  rateLimit: { limit: "journal", what: "requests" },
  run: async (_input, { member }) => ({ items: await readSteadiers(member.user.id) }),
});

export const journalOperations = [saveEntryOp, deleteEntryOp, saveSteadiersOp, readSteadiersOp] as const;
