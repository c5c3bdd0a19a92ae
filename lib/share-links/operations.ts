import { appUrl, env, pseudoLocaleEnabled } from "../env";
import { resolveLocale } from "../i18n/negotiate";
import { defineOperation } from "../operations/define";
import { approveShareLink, openSharedRecord, proposeShareLink, revokeShareLink } from "./mutations";
import { ProposeShareLinkSchema, ShareLinkIdSchema, ViewShareLinkSchema } from "./schemas";

/**
 * A read-only link to our record for a counsellor: one of us proposes it, the other approves it,
 * either of us turns it off. `view` is public: the token is the only key, and every way it can
 * fail gives the same answer.
 */
const writes = { limit: "write", what: "changes" } as const;

export const proposeShareLinkOp = defineOperation({
  name: "shareLinks.propose",
  access: "couple",
  input: ProposeShareLinkSchema,
  rateLimit: writes,
  run: (input, { member, now, request }) => proposeShareLink(member, input, now, env().APP_URL ? appUrl() : (request.origin ?? appUrl())),
});

export const approveShareLinkOp = defineOperation({
  name: "shareLinks.approve",
  access: "couple",
  input: ShareLinkIdSchema,
  rateLimit: writes,
  run: (input, { member, now }) => approveShareLink(member, input.linkId, now),
});

export const revokeShareLinkOp = defineOperation({
  name: "shareLinks.revoke",
  access: "couple",
  input: ShareLinkIdSchema,
  rateLimit: writes,
  run: (input, { member, now }) => revokeShareLink(member, input.linkId, now),
});

export const viewShareLinkOp = defineOperation({
  name: "shareLinks.view",
  access: "public",
  input: ViewShareLinkSchema,
  rateLimit: { limit: "sharedView", what: "link openings" },
  // Whoever holds the link reads it signed out: in their browser's language.
  run: (input, { now, request }) => openSharedRecord(input.token, now, request.locale ?? resolveLocale(null, request.acceptLanguage, pseudoLocaleEnabled())),
});

export const shareLinkOperations = [proposeShareLinkOp, approveShareLinkOp, revokeShareLinkOp, viewShareLinkOp] as const;
