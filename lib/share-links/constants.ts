/** The counsellor link's fixed numbers and words, in one zod-free module screens and the server share. */
import { messageRef } from "../i18n/ref";

/** How long a link may work once both of us approved it (also a CHECK in the database). */
export const SHARE_DAYS = { min: 1, max: 30, default: 7 } as const;
/** Links that are waiting or working at once, per couple: a brake on accidents, not on people. */
export const MAX_OPEN_LINKS = 5;
export const THERAPIST_NAME_MAX = 80;

/** What anyone opening a link sees when it cannot be shown, whatever the reason: it reveals nothing. */
export const UNAVAILABLE = "shared.unavailable.title";

/**
 * Refusals and field errors, as catalogue keys (shared.errors.*; with their numbers, as messageRef
 * strings): executeOperation says them in the caller's language.
 */
export const SHARE_MESSAGES = {
  daysRange: messageRef("shared.errors.daysRange", { min: SHARE_DAYS.min, max: SHARE_DAYS.max }),
  nameTooLong: messageRef("shared.errors.nameTooLong", { max: THERAPIST_NAME_MAX }),
  needsPartner: "shared.errors.needsPartner",
  tooMany: "shared.errors.tooMany",
  notFound: "shared.errors.notFound",
  ownProposal: "shared.errors.ownProposal",
  revoked: "shared.errors.revoked",
  alreadyApproved: "shared.errors.alreadyApproved",
} as const;
