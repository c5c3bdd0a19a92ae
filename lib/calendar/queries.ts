import { db } from "../db";
import { activeRhythms } from "../checkins/queries";
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

/** The .ics text of a person's calendar at `now`. */
export async function calendarFor(userId: string, now: Date): Promise<string> {
  return buildCalendar(await calendarEntries(userId), { now });
}

export interface FeedStatus {
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** The person's live feed, if they made one (the URL itself is never kept). */
export async function liveFeed(userId: string): Promise<FeedStatus | null> {
  return db.calendarFeed.findFirst({ where: { userId, revokedAt: null }, select: { createdAt: true, lastUsedAt: true } });
}
