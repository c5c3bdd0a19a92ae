import { z } from "zod";
import { FEELINGS, LIMITS, normaliseTag, STEADIER_KINDS } from "./constants";

/**
 * The journal's inputs, shared by the write screen, the server and tests. A draft may be empty
 * (it is saved as people type); a saved entry needs something written and how strong it was.
 * Unknown feelings and anything over a size limit are refused, drafts included.
 */
export * from "./constants";

const tooLong = (max: number) => `Please keep this to ${max} characters or fewer.`;
const text = (max: number) => z.string({ error: "Please write this as text." }).max(max, tooLong(max)).default("");

export const ENTRY_NOT_FOUND = "We couldn’t find that entry. It may have been deleted.";

/** Ids are made by the browser (crypto.randomUUID) so a draft saved twice is still one entry. */
export const EntryIdSchema = z.object({ id: z.uuid({ error: "That entry isn’t one we know. Please reload the page." }) });

const feelings = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.enum(FEELINGS, { error: "Please choose feelings from the list, or put them in your own words." })).max(FEELINGS.length),
);

const tags = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.string({ error: "Please write each tag as text." }).transform(normaliseTag).pipe(z.string().min(1, "A tag can’t be empty.").max(LIMITS.tag, `Please keep each tag to ${LIMITS.tag} characters or fewer.`)))
    .max(LIMITS.tags, `Please choose up to ${LIMITS.tags} tags.`)
    .transform((list) => [...new Set(list)]),
);

const intensity = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : v),
  z.coerce
    .number({ error: "Please choose how strong it was, from 1 to 5." })
    .int("Please choose how strong it was, from 1 to 5.")
    .min(1, "Please choose how strong it was, from 1 to 5.")
    .max(5, "Please choose how strong it was, from 1 to 5.")
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

const draftFlag = z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean({ error: "Please say whether this is a draft." }));

export const SaveEntrySchema = EntryContentSchema.extend({ id: EntryIdSchema.shape.id, draft: draftFlag }).superRefine((e, ctx) => {
  if (e.draft) return;
  const written = e.happened.trim() || e.feared.trim() || e.feelingWords.trim() || e.feelings.length;
  if (!written) ctx.addIssue({ code: "custom", path: ["happened"], message: "Please write a few words, or choose a feeling, before saving." });
  if (e.intensity === null) ctx.addIssue({ code: "custom", path: ["intensity"], message: "Please choose how strong it was, from 1 to 5." });
});
export type SaveEntryInput = z.output<typeof SaveEntrySchema>;

/** The content part of a validated save, in the order it is stored. */
export function entryContent(input: SaveEntryInput): EntryContent {
  const { happened, feelings, feelingWords, feared, intensity, tags } = input;
  return { happened, feelings: FEELINGS.filter((f) => feelings.includes(f)), feelingWords, feared, intensity, tags };
}

export const SteadierSchema = z.object({
  kind: z.enum(STEADIER_KINDS, { error: "Please choose what kind of thing this is." }),
  text: z
    .string({ error: "Please write this as text." })
    .trim()
    .min(1, "Please write a few words, or remove this one.")
    .max(LIMITS.steadierText, tooLong(LIMITS.steadierText)),
});
export type Steadier = z.output<typeof SteadierSchema>;

export const SaveSteadiersSchema = z.object({
  items: z.array(SteadierSchema, { error: "That list wasn’t understood. Please reload the page." }).max(LIMITS.steadiers, `Please keep the list to ${LIMITS.steadiers} things.`),
});

export const NoInputSchema = z.object({}).strip();
