/**
 * The calendar feed's constants, in one browser-safe place (no library imports). What events say
 * is in the catalogue (calendar.event*), neutral on purpose: a calendar is often seen by others
 * (a shared family calendar, a work account), so it never carries agreement content.
 */
export const CALENDAR_NAME = "Steady";

export const CALENDAR_KINDS = ["checkin", "review"] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

export const EVENT_MINUTES: Record<CalendarKind, number> = { checkin: 15, review: 30 };

export const ICS_CONTENT_TYPE = "text/calendar; charset=utf-8";
export const ICS_FILENAME = "steady.ics";
