/** The weekly review's fixed words and numbers, in one zod-free module that screens and the server both import. */

export const REVIEW_MODES = ["TOGETHER", "ALONE"] as const;
export type ReviewMode = (typeof REVIEW_MODES)[number];

export const OUTCOMES = ["KEEP", "REVISE", "RETIRE"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** "How did this go for me this week": 1 to 5 (also a CHECK in the database). */
export const RATINGS = [1, 2, 3, 4, 5] as const;
/** The optional line beside a rating (also a CHECK in the database). */
export const NOTE_MAX = 200;

/** The week a review looks back on: today and the six days before it, in the review's time zone. */
export const REVIEW_WEEK_DAYS = 7;
/** In-app reminder: from half an hour before the agreed time… */
export const REVIEW_DUE_BEFORE_MS = 30 * 60_000;
/** …until a day after it, unless we already started a review for that time. */
export const REVIEW_DUE_AFTER_MS = 24 * 3_600_000;
/** "Our review is tomorrow": how far ahead Today may mention it. */
export const REVIEW_SOON_MS = 24 * 3_600_000;

/** Where a REVISE decision sends the one who made it: the change form, prefilled, then back to the review. */
export function reviseHref(agreementId: string): string {
  return `/agreements/${agreementId}/change?from=review`;
}
