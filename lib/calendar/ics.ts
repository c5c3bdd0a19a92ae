import { TZDate } from "@date-fns/tz";
import { ICalCalendar, ICalEventClass } from "ical-generator";
import { localParts, type Cadence } from "../agreements/cadence";
import { occurrenceAfter, rhythmOf, type Rhythm } from "../checkins/rhythm";
import { DEFAULT_LOCALE, type Locale } from "../i18n/config";
import { say } from "../i18n/translate";
import { CALENDAR_NAME, EVENT_MINUTES, type CalendarKind } from "./constants";
import { rruleFor } from "./rrule";
import { vtimezoneFor } from "./vtimezone";

/**
 * A user's calendar (RFC 5545): one recurring event per active check-in agreement and for the
 * weekly review. Built with ical-generator 10.2 — its 11.x line needs Node 22, we run on 20.
 * Times are written as local times with a TZID plus that zone's VTIMEZONE, so calendar apps keep
 * "19:30 in Berlin" across DST instead of drifting an hour as a UTC rule would.
 */
export interface CalendarEntry {
  /** The agreement (or review) id: the event's UID is built from it, so it must stay the same. */
  id: string;
  kind: CalendarKind;
  /** Only the rhythm fields are read: passing a whole CHECK_IN content leaks nothing else. */
  cadence: Cadence;
  /** When this version became active: the first event is the first check-in after it. */
  anchor: Date;
  /** The agreement's version number: a changed rhythm gets a higher SEQUENCE, so clients update it. */
  version?: number;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The stable UID of an entry's event. */
export function eventUid(entry: Pick<CalendarEntry, "id" | "kind">): string {
  return `${entry.kind}-${entry.id}@steady`;
}

/** Each kind of event's title (calendar.event*), neutral on purpose, and nothing more: see ./constants.ts. */
const SUMMARY = { checkin: "calendar.eventCheckin", review: "calendar.eventReview" } as const;

/**
 * The .ics text for a feed or a download, in the owner's language (the events are their
 * reminders). `now` becomes every DTSTAMP, so the same entries at the same moment give the same bytes.
 */
export function buildCalendar(entries: readonly CalendarEntry[], options: { now: Date; locale?: Locale }): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const zones = new Map<string, string>();
  const calendar = new ICalCalendar({
    prodId: { company: "Steady", product: "Steady", language: locale === "es" ? "ES" : "EN" },
    name: CALENDAR_NAME,
    // Subscribed feeds: ask clients to refresh hourly (X-PUBLISHED-TTL / REFRESH-INTERVAL).
    ttl: 60 * 60,
    timezone: { name: null, generator: (tzid) => zones.get(tzid) ?? null },
  });
  const sorted = [...entries].sort((a, b) => eventUid(a).localeCompare(eventUid(b)));
  for (const entry of sorted) {
    if (!ID.test(entry.id)) throw new RangeError(`Calendar: unexpected id ${JSON.stringify(entry.id)}.`);
    const rhythm = rhythmOf(entry.cadence, entry.anchor);
    const zone = vtimezoneFor(rhythm.cadence.timeZone);
    zones.set(zone.tzid, zone.block);
    const first = firstStart(rhythm);
    calendar.createEvent({
      id: eventUid(entry),
      sequence: entry.version ?? 0,
      stamp: options.now,
      // TZDate carries the zone, so ical-generator writes the local time in it (a plain Date would
      // be written in the server's own zone).
      start: new TZDate(first, zone.tzid),
      end: new TZDate(first + EVENT_MINUTES[entry.kind] * 60_000, zone.tzid),
      timezone: zone.tzid,
      repeating: rruleFor(rhythm.cadence),
      summary: say(locale, SUMMARY[entry.kind]),
      // Shared calendars show PRIVATE events as "busy" without their title.
      class: ICalEventClass.PRIVATE,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}

/**
 * DTSTART: the first check-in after the anchor, unless the clocks skip its time that day. DTSTART's
 * wall-clock time is what every recurrence repeats, and a skipped 02:30 can only be written as the
 * 03:30 it becomes, so such a first check-in (at most one, in the hour a DST change skips) is left
 * out and the event starts with the next one. Later skipped days need nothing: RFC 5545 §3.3.5 moves
 * them forward by the gap, as lib/checkins does.
 */
function firstStart(rhythm: Rhythm): number {
  let occurrence = occurrenceAfter(rhythm, rhythm.anchor);
  for (;;) {
    const { hour, minute } = localParts(occurrence.at.getTime(), rhythm.cadence.timeZone);
    if (`${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}` === rhythm.cadence.time) return occurrence.at.getTime();
    occurrence = occurrenceAfter(rhythm, occurrence.at);
  }
}
