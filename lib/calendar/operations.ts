import { appUrl, env } from "../env";
import { defineOperation } from "../operations/define";
import { createFeed, readFeed, revokeFeed } from "./mutations";
import { calendarFor } from "./queries";
import { FeedRequestSchema, NoInputSchema } from "./schemas";

/**
 * The calendar: a private feed URL per person (made, replaced, revoked by its owner; read by
 * calendar apps with the token alone) and a one-off .ics download.
 */
const links = { limit: "calendarLink", what: "calendar links" } as const;

export const createFeedOp = defineOperation({
  name: "calendar.createFeed",
  access: "member",
  input: NoInputSchema,
  rateLimit: links,
  run: (_input, { member, request, now }) => createFeed(member, env().APP_URL ? appUrl() : (request.origin ?? appUrl()), now),
});

export const revokeFeedOp = defineOperation({
  name: "calendar.revokeFeed",
  access: "member",
  input: NoInputSchema,
  rateLimit: links,
  run: (_input, { member, now }) => revokeFeed(member, now),
});

/** GET /api/calendar/<token>: calendar apps fetch without cookies, so the token is the credential. */
export const readFeedOp = defineOperation({
  name: "calendar.feed",
  access: "public",
  input: FeedRequestSchema,
  rateLimit: { limit: "calendarFetch", what: "calendar requests" },
  run: (input, { request, now }) => readFeed(input.token, now, request.acceptLanguage),
});

export const downloadCalendarOp = defineOperation({
  name: "calendar.download",
  access: "member",
  input: NoInputSchema,
  rateLimit: { limit: "write", what: "downloads" },
  run: async (_input, { member, request, now }) => ({ ics: await calendarFor(member.user.id, now, request.acceptLanguage) }),
});

export const calendarOperations = [createFeedOp, revokeFeedOp, readFeedOp, downloadCalendarOp] as const;
