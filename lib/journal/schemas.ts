import { z } from "zod";
import { messageRef } from "../i18n/ref";
import { say } from "../i18n/translate";
import { FEELINGS, LIMITS, normaliseTag, STEADIER_KINDS } from "./constants";

/**
 * The journal's inputs, shared by the write screen, the server and tests. A draft may be empty
 * (it is saved as people type); a saved entry needs something written and how strong it was.
 * Unknown feelings and anything over a size limit are refused, drafts included. Messages are
 * catalogue keys (journal.errors), said in the caller's language by the executor.
 */
export * from "./constants";

const tooLong = (max: number) => messageRef("journal.errors.tooLong", { max });
const text = (max: number) => z.string({ error: "journal.errors.asText" }).max(max, tooLong(max)).default("");

/** The refusal's key, and its English words (tests, logs). */
export const ENTRY_NOT_FOUND_KEY = "journal.errors.notFound" as const;
export const ENTRY_NOT_FOUND = say("en", ENTRY_NOT_FOUND_KEY);

/** Ids are made by the browser (crypto.randomUUID) so a draft saved twice is still one entry. */
export const EntryIdSchema = z.object({ id: z.uuid({ error: "journal.errors.badId" }) });

const feelings = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.enum(FEELINGS, { error: "journal.errors.feelings" })).max(FEELINGS.length),
);

const tags = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.string({ error: "journal.errors.tagAsText" }).transform(normaliseTag).pipe(z.string().min(1, "journal.errors.tagEmpty").max(LIMITS.tag, messageRef("journal.errors.tagTooLong", { max: LIMITS.tag }))))
    .max(LIMITS.tags, messageRef("journal.errors.tooManyTags", { max: LIMITS.tags }))
    .transform((list) => [...new Set(list)]),
);

const intensity = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : v),
  z.coerce
    .number({ error: "journal.errors.intensity" })
    .int("journal.errors.intensity")
    .min(1, "journal.errors.intensity")
    .max(5, "journal.errors.intensity")
    .nullable(),
);

/** What a person writes: the only shape that is ever encrypted into an entry. */
export const EntryContentSchema = z.object({
  happened: text(LIMITS.happened),
  feelings,
  feelingWords: text(LIMITS.feelingWords),
  feared: text(LIMITS.feared),
  intensity,
  tags,
});
export type EntryContent = z.output<typeof EntryContentSchema>;

const draftFlag = z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean({ error: "journal.errors.draftFlag" }));

export const SaveEntrySchema = EntryContentSchema.extend({ id: EntryIdSchema.shape.id, draft: draftFlag }).superRefine((e, ctx) => {
  if (e.draft) return;
  const written = e.happened.trim() || e.feared.trim() || e.feelingWords.trim() || e.feelings.length;
  if (!written) ctx.addIssue({ code: "custom", path: ["happened"], message: "journal.errors.nothingWritten" });
  if (e.intensity === null) ctx.addIssue({ code: "custom", path: ["intensity"], message: "journal.errors.intensity" });
});
export type SaveEntryInput = z.output<typeof SaveEntrySchema>;

/** The content part of a validated save, in the order it is stored. */
export function entryContent(input: SaveEntryInput): EntryContent {
  const { happened, feelings, feelingWords, feared, intensity, tags } = input;
  return { happened, feelings: FEELINGS.filter((f) => feelings.includes(f)), feelingWords, feared, intensity, tags };
}

export const SteadierSchema = z.object({
  kind: z.enum(STEADIER_KINDS, { error: "journal.errors.steadierKind" }),
  text: z
    .string({ error: "journal.errors.asText" })
    .trim()
    .min(1, "journal.errors.steadierEmpty")
    .max(LIMITS.steadierText, tooLong(LIMITS.steadierText)),
});
export type Steadier = z.output<typeof SteadierSchema>;

export const SaveSteadiersSchema = z.object({
  items: z.array(SteadierSchema, { error: "journal.errors.listUnclear" }).max(LIMITS.steadiers, messageRef("journal.errors.listTooLong", { max: LIMITS.steadiers })),
});

export const NoInputSchema = z.object({}).strip();
