/** The counsellor link's fixed numbers and words, in one zod-free module screens and the server share. */

/** How long a link may work once both of us approved it (also a CHECK in the database). */
export const SHARE_DAYS = { min: 1, max: 30, default: 7 } as const;
/** Links that are waiting or working at once, per couple: a brake on accidents, not on people. */
export const MAX_OPEN_LINKS = 5;
export const THERAPIST_NAME_MAX = 80;

/** What anyone opening a link sees when it cannot be shown, whatever the reason: it reveals nothing. */
export const UNAVAILABLE = "This link is no longer available.";

export const SHARE_MESSAGES = {
  daysRange: `Please choose between ${SHARE_DAYS.min} and ${SHARE_DAYS.max} days.`,
  nameTooLong: `Please keep the name to ${THERAPIST_NAME_MAX} characters or fewer.`,
  needsPartner: "A link needs both of us to agree, so it can only be suggested once your partner has joined.",
  tooMany: `We already have ${MAX_OPEN_LINKS} links waiting or working. Turn one off before suggesting another.`,
  notFound: "We couldn’t find that link in our shared space.",
  ownProposal: "You suggested this link, so it’s your partner’s to approve. You can turn it off at any time.",
  revoked: "This link was turned off, so it can’t be approved any more. You can suggest a new one.",
  alreadyApproved: "This link is already approved — it works until it expires or one of us turns it off.",
} as const;
