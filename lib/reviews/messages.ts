import type { KeyIn } from "../i18n/keys";

/**
 * What the review says when it can't do something: what happened, and what to do next. Catalogue
 * keys (review.errors.*), said in the caller's language by executeOperation; values, where a
 * message takes some, go with the AppError.
 */
export const REVIEW_MESSAGES = {
  needsPartner: "review.errors.needsPartner",
  notFound: "review.errors.notFound",
  itemNotFound: "review.errors.itemNotFound",
  finished: "review.errors.finished",
  nothingToReview: "review.errors.nothingToReview",
  /** With { name }. */
  partnerAlone: "review.errors.partnerAlone",
  movedOn: "review.errors.movedOn",
  notThisStep: "review.errors.notThisStep",
  ratingsShared: "review.errors.ratingsShared",
  decidedNoRating: "review.errors.decidedNoRating",
  rateFirstTogether: "review.errors.rateFirstTogether",
  rateFirstAlone: "review.errors.rateFirstAlone",
  decideFirst: "review.errors.decideFirst",
  noSuchStep: "review.errors.noSuchStep",
  notActive: "review.errors.notActive",
  notDone: "review.errors.notDone",
  /** With { outcome }. */
  alreadyDecided: "review.errors.alreadyDecided",
} as const satisfies Record<string, `review.${KeyIn<"review">}`>;
