/**
 * What the journal screens need in the browser, with no zod and no server code: the feelings to
 * choose from, suggested trigger tags and the size limits (lib/journal/schemas.ts enforces them).
 */
export const FEELINGS = ["anxious", "scared", "hurt", "sad", "lonely", "angry", "jealous", "ashamed", "overwhelmed"] as const;
export type Feeling = (typeof FEELINGS)[number];

export const FEELING_LABELS: Record<Feeling, string> = {
  anxious: "Anxious",
  scared: "Scared",
  hurt: "Hurt",
  sad: "Sad",
  lonely: "Lonely",
  angry: "Angry",
  jealous: "Jealous",
  ashamed: "Ashamed",
  overwhelmed: "Overwhelmed",
};

/** Offered as one-tap tags; people add their own too. */
export const SUGGESTED_TAGS = ["late reply", "cancelled plan", "tone of voice", "feeling left out", "criticism"] as const;

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
export const INTENSITY_LABELS: Record<number, string> = { 1: "A little", 2: "Some", 3: "Strong", 4: "Very strong", 5: "Too much" };

export const STEADIER_KINDS = ["ACTIVITY", "PERSON", "WORDS"] as const;
export type SteadierKind = (typeof STEADIER_KINDS)[number];
export const STEADIER_KIND_LABELS: Record<SteadierKind, { one: string; hint: string }> = {
  ACTIVITY: { one: "Something I can do", hint: "A walk round the block, cold water on my face" },
  PERSON: { one: "Someone I can reach", hint: "My sister, my friend Sam" },
  WORDS: { one: "Words that help", hint: "This feeling is real, and it will pass" },
};

/** How a tag is kept: trimmed, single-spaced, lower case, so "Late reply " and "late reply" count as one. */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/\s+/g, " ").toLowerCase();
}
