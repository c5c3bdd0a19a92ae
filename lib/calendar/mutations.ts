import type { Member } from "../auth/member";
import { db } from "../db";
import { isUniqueViolation } from "../db/unique-violation";
import { AppError } from "../errors";
import { hashFeedToken, isFeedTokenShape, newFeedToken } from "./feed-token";
import { calendarFor } from "./queries";

/**
 * A person's private calendar feed. The URL holds a random token that only its owner sees, once;
 * we keep its hash. Making a new link revokes the old one (one live feed per person, also a
 * partial unique index); revoking makes the URL answer "not found", like any wrong token.
 */
export const FEED_NOT_FOUND = "There’s no calendar at this address. If it was yours, make a new calendar link in Steady, under Me.";

export interface NewFeed {
  /** The feed's https address: shown once, never stored. */
  url: string;
  /** The same address for calendar apps that subscribe through webcal://. */
  webcalUrl: string;
  createdAt: Date;
}

export async function createFeed(member: Member, origin: string, now: Date): Promise<NewFeed> {
  const token = newFeedToken();
  const userId = member.user.id;
  try {
    await db.$transaction(async (tx) => {
      // One at a time per person, so two taps on "make a link" leave exactly one live feed.
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR NO KEY UPDATE`;
      await tx.calendarFeed.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
      await tx.calendarFeed.create({ data: { userId, tokenHash: hashFeedToken(token), createdAt: now } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("conflict", "errors.calendarRaced");
    throw err;
  }
  const url = `${origin.replace(/\/$/, "")}/api/calendar/${token}`;
  return { url, webcalUrl: url.replace(/^https?:\/\//, "webcal://"), createdAt: now };
}

/** Revokes my live feed; its URL stops working at once. */
export async function revokeFeed(member: Member, now: Date): Promise<{ revoked: boolean }> {
  const { count } = await db.calendarFeed.updateMany({ where: { userId: member.user.id, revokedAt: null }, data: { revokedAt: now } });
  return { revoked: count > 0 };
}

/** The calendar behind a feed token; an unknown, revoked or malformed token is "not found", alike. */
export async function readFeed(token: string, now: Date, acceptLanguage?: string | null): Promise<{ ics: string }> {
  if (!isFeedTokenShape(token)) throw new AppError("not_found", FEED_NOT_FOUND);
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashFeedToken(token) },
    select: { id: true, userId: true, revokedAt: true },
  });
  if (!feed || feed.revokedAt) throw new AppError("not_found", FEED_NOT_FOUND);
  await db.calendarFeed.updateMany({ where: { id: feed.id, revokedAt: null }, data: { lastUsedAt: now } });
  return { ics: await calendarFor(feed.userId, now, acceptLanguage) };
}
