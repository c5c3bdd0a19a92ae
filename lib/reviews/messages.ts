import { RATING_WORDS, type Outcome } from "./constants";

/** What the review says when it can't do something: what happened, and what to do next. */
export const REVIEW_MESSAGES = {
  needsPartner: "The weekly review needs both of you. Invite your partner first, from Me.",
  notFound: "We couldn’t find that review in our shared space.",
  itemNotFound: "We couldn’t find that agreement in this review.",
  finished: "This review is finished. You can read its summary under past reviews.",
  nothingToReview: "We don’t have any agreements to look back on yet. Once we’ve agreed on one, we can review it here.",
  partnerAlone: (name: string) => `${name} is looking back on this week on their own. You’ll both see the summary when they’re done.`,
  movedOn: "The review has moved on — here’s where we are now.",
  notThisStep: "That agreement isn’t the one we’re on — here’s where we are now.",
  ratingsShared: "We’ve both rated this one, so the ratings are shared now and stay as they are.",
  decidedNoRating: "We’ve already decided on this one, so the ratings stay as they are.",
  rateFirstTogether: "Let’s both rate this one first, then choose together.",
  rateFirstAlone: "Please rate this one first, then choose what to do with it.",
  decideFirst: "Let’s choose keep, revise or retire before we move on.",
  noSuchStep: "There’s no step there. Here’s where we are now.",
  notActive: "This agreement isn’t active any more, so there’s nothing to decide about it here.",
  notDone: "Let’s decide on every agreement first — or set the review aside for now.",
  alreadyDecided: (outcome: Outcome) => `We’ve already decided on this one: ${OUTCOME_DONE[outcome]}.`,
} as const;

const OUTCOME_DONE: Record<Outcome, string> = {
  KEEP: "we’re keeping it",
  REVISE: "we’re revising it",
  RETIRE: "we’re proposing to retire it",
};

/** "4 — Good", for notes, exports and screen readers. */
export function ratingLabel(rating: number): string {
  return `${rating} — ${RATING_WORDS[rating] ?? ""}`.trim();
}
