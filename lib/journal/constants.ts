/**
 * What the journal screens need in the browser, with no zod and no server code: the feelings to
 * choose from, suggested trigger tags (their words are in the catalogue) and the size limits (lib/journal/schemas.ts enforces them).
 */
export const FEELINGS = ["anxious", "scared", "hurt", "sad", "lonely", "angry", "jealous", "ashamed", "overwhelmed"] as const;
export type Feeling = (typeof FEELINGS)[number];

/**
 * Offered as one-tap tags, in the person's words (messages: journal.suggestedTags); people add
 * their own too. A tag is kept as the words shown, so it reads the same in patterns later.
 */
export const SUGGESTED_TAGS = ["lateReply", "cancelledPlan", "toneOfVoice", "leftOut", "criticism"] as const;

export const LIMITS = {
  happened: 2000,
  feared: 1000,
  feelingWords: 200,
  tag: 40,
  tags: 8,
  steadierText: 200,
  steadiers: 30,
} as const;

export const INTENSITIES = [1, 2, 3, 4, 5] as const;

export const STEADIER_KINDS = ["ACTIVITY", "PERSON", "WORDS"] as const;
export type SteadierKind = (typeof STEADIER_KINDS)[number];

/** How a tag is kept: trimmed, single-spaced, lower case, so "Late reply " and "late reply" count as one. */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/\s+/g, " ").toLowerCase();
}
