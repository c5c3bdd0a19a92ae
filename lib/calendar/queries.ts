import { db } from "../db";
import { activeRhythms } from "../checkins/queries";
import { pseudoLocaleEnabled } from "../env";
import { resolveLocale } from "../i18n/negotiate";
import { buildCalendar, type CalendarEntry } from "./ics";

/**
 * What a person's calendar holds: our check-in rhythms and the weekly review's, while our shared
 * space is active (an ended one plans nothing). Only rhythms go out, never what an agreement says.
 */
export async function calendarEntries(userId: string): Promise<CalendarEntry[]> {
  const membership = await db.membership.findUnique({ where: { userId }, select: { couple: { select: { id: true, endedAt: true } } } });
  if (!membership || membership.couple.endedAt) return [];
  const rhythms = await activeRhythms(membership.couple.id);
  return rhythms.map((r) => ({
    id: r.id,
    kind: r.purpose === "REVIEW" ? "review" : "checkin",
    cadence: r.rhythm.cadence,
    anchor: r.rhythm.anchor,
    version: r.number,
  }));
}

/**
 * The .ics text of a person's calendar at `now`, in their language: the one they chose on Me, else
 * what the asking app's Accept-Language says (calendar apps fetch without a session), else English.
 */
export async function calendarFor(userId: string, now: Date, acceptLanguage?: string | null): Promise<string> {
  const [entries, user] = await Promise.all([calendarEntries(userId), db.user.findUnique({ where: { id: userId }, select: { locale: true } })]);
  return buildCalendar(entries, { now, locale: resolveLocale(user?.locale, acceptLanguage, pseudoLocaleEnabled()) });
}

export interface FeedStatus {
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** The person's live feed, if they made one (the URL itself is never kept). */
export async function liveFeed(userId: string): Promise<FeedStatus | null> {
  return db.calendarFeed.findFirst({ where: { userId, revokedAt: null }, select: { createdAt: true, lastUsedAt: true } });
}
