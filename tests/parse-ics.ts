import ICAL from "ical.js";

/**
 * Reads an .ics back with ical.js (Mozilla's parser, used by Thunderbird), independent of the
 * generator, so tests check what a calendar app would see.
 */
export interface ParsedEvent {
  uid: string;
  summary: string;
  /** The first `limit` instances at or after `from` that the event's RRULE expands to: the local reading and the instant. */
  instances(limit: number, from?: number): { local: string; at: number }[];
}

export function parseIcs(ics: string): { root: ICAL.Component; events: ParsedEvent[] } {
  const root = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  for (const zone of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const events = root.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      instances(limit: number, from = -Infinity) {
        const out: { local: string; at: number }[] = [];
        const it = event.iterator();
        for (let t = it.next(); t && out.length < limit; t = it.next()) {
          const at = t.toJSDate().getTime();
          if (at >= from) out.push({ local: t.toString(), at });
        }
        return out;
      },
    };
  });
  return { root, events };
}
