import { describe, expect, it } from "vitest";
import { parseIcs } from "@/tests/parse-ics";
import type { Cadence } from "../agreements/cadence";
import { buildCalendar, eventUid, type CalendarEntry } from "./ics";

const now = new Date("2026-03-20T09:00:00Z");
const berlinDaily: Cadence = { unit: "DAY", every: 1, days: [], time: "19:30", timeZone: "Europe/Berlin" };
const nyFortnightly: Cadence = { unit: "WEEK", every: 2, days: ["FRI", "TUE"], time: "07:15", timeZone: "America/New_York" };
const entries: CalendarEntry[] = [
  { id: "ag1", kind: "checkin", cadence: berlinDaily, anchor: new Date("2026-03-02T10:00:00Z"), version: 3 },
  { id: "ag2", kind: "checkin", cadence: nyFortnightly, anchor: new Date("2026-03-04T12:00:00Z") },
  {
    id: "rv1",
    kind: "review",
    cadence: { unit: "WEEK", every: 1, days: ["SUN"], time: "18:00", timeZone: "Europe/Berlin" },
    anchor: new Date("2026-03-01T00:00:00Z"),
  },
];
/** The property lines of one VEVENT, unfolded. */
const eventLines = (ics: string, uid: string) => {
  const unfolded = ics.replace(/\r\n[ \t]/g, "");
  const block = unfolded.split("BEGIN:VEVENT").find((b) => b.includes(`UID:${uid}\r\n`))!;
  return block.split("\r\n").filter((l) => l && !l.startsWith("END:"));
};

describe("buildCalendar", () => {
  it("writes one recurring event per entry, at the agreed local time with its zone's rule", () => {
    const ics = buildCalendar(entries, { now });
    expect(eventLines(ics, "checkin-ag1@steady")).toEqual(
      expect.arrayContaining([
        "SEQUENCE:3",
        "DTSTAMP:20260320T090000Z",
        "DTSTART;TZID=Europe/Berlin:20260302T193000",
        "DTEND;TZID=Europe/Berlin:20260302T194500",
        "RRULE:FREQ=DAILY;INTERVAL=1",
        "SUMMARY:Steady: our check-in",
        "CLASS:PRIVATE",
      ]),
    );
    // The first Tuesday or Friday after Wednesday 4 March, counting fortnights from that week.
    expect(eventLines(ics, "checkin-ag2@steady")).toEqual(
      expect.arrayContaining([
        "SEQUENCE:0",
        "DTSTART;TZID=America/New_York:20260306T071500",
        "DTEND;TZID=America/New_York:20260306T073000",
        "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,FR;WKST=MO",
      ]),
    );
    expect(eventLines(ics, "review-rv1@steady")).toEqual(
      expect.arrayContaining([
        "DTSTART;TZID=Europe/Berlin:20260301T180000",
        "DTEND;TZID=Europe/Berlin:20260301T183000",
        "RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=SU;WKST=MO",
        "SUMMARY:Steady: our weekly review",
      ]),
    );
  });

  it("includes each zone's VTIMEZONE once, under the TZID the events use", () => {
    const ics = buildCalendar(
      [...entries, { id: "ag3", kind: "checkin", cadence: { ...berlinDaily, timeZone: "Asia/Calcutta" }, anchor: now }],
      { now },
    );
    expect(ics.match(/^BEGIN:VTIMEZONE\r$/gm)).toHaveLength(3);
    for (const tzid of ["Europe/Berlin", "America/New_York", "Asia/Kolkata"])
      expect(ics.match(new RegExp(`^TZID:${tzid}\r$`, "gm"))).toHaveLength(1);
    // The legacy name is written as the canonical one, so the reference resolves.
    expect(eventLines(ics, "checkin-ag3@steady")).toContain("DTSTART;TZID=Asia/Kolkata:20260320T193000");
    expect(ics).not.toContain("Asia/Calcutta");
  });

  it("carries no agreement content, even when handed a whole check-in agreement", () => {
    const content = {
      ...berlinDaily,
      kind: "CHECK_IN",
      about: "How we are doing after the affair",
      script: "Tell each other one fear, one hope",
      channel: "IN_PERSON",
      starter: "user_123",
      needs: ["TRANSPARENCY"],
    };
    const ics = buildCalendar([{ id: "ag1", kind: "checkin", cadence: content, anchor: now }], { now });
    for (const secret of ["affair", "fear", "hope", "IN_PERSON", "user_123", "TRANSPARENCY"]) expect(ics).not.toContain(secret);
    expect(ics).not.toMatch(/^(DESCRIPTION|LOCATION|ATTENDEE|ORGANIZER|CATEGORIES)[;:]/m);
    expect(parseIcs(ics).events.map((e) => e.summary)).toEqual(["Steady: our check-in"]);
  });

  it("keeps each event's UID across regenerations, whatever order the entries come in", () => {
    const a = buildCalendar(entries, { now });
    const b = buildCalendar([...entries].reverse(), { now });
    const later = buildCalendar(entries, { now: new Date("2026-04-01T00:00:00Z") });
    expect(b).toBe(a);
    expect(later.replace(/^DTSTAMP:.*$/gm, "")).toBe(a.replace(/^DTSTAMP:.*$/gm, ""));
    expect(parseIcs(later).events.map((e) => e.uid)).toEqual(["checkin-ag1@steady", "checkin-ag2@steady", "review-rv1@steady"]);
    expect(eventUid({ id: "ag1", kind: "checkin" })).toBe("checkin-ag1@steady");
  });

  it("is a well-formed calendar: CRLF lines of at most 75 octets, a name, a refresh hint", () => {
    const ics = buildCalendar(entries, { now });
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics).toContain("X-WR-CALNAME:Steady\r\n");
    expect(ics).toContain("X-PUBLISHED-TTL:PT1H\r\n");
  });

  it("titles its events in the owner's language, English by default", () => {
    const read = (ics: string) => parseIcs(ics).events.map((e) => [e.uid, e.summary]);
    expect(read(buildCalendar(entries, { now }))).toEqual([
      ["checkin-ag1@steady", "Steady: our check-in"],
      ["checkin-ag2@steady", "Steady: our check-in"],
      ["review-rv1@steady", "Steady: our weekly review"],
    ]);
    const spanish = buildCalendar(entries, { now, locale: "es" });
    expect(read(spanish)).toEqual([
      ["checkin-ag1@steady", "Steady: nuestra charla"],
      ["checkin-ag2@steady", "Steady: nuestra charla"],
      ["review-rv1@steady", "Steady: nuestra revisión semanal"],
    ]);
    // A title and times only, in any language (see the test above).
    expect(spanish).not.toMatch(/^(DESCRIPTION|LOCATION|ATTENDEE|ORGANIZER|CATEGORIES)[;:]/m);
    expect(spanish).toContain("PRODID:-//Steady//Steady//ES\r\n");
  });

  it("gives an empty calendar for a user with no rhythms", () => {
    const ics = buildCalendar([], { now });
    expect(parseIcs(ics).events).toEqual([]);
    expect(ics).not.toContain("VTIMEZONE");
  });

  it("starts with the next check-in when the first one falls in the hour the clocks skip", () => {
    // Agreed on Saturday 28 March: Sunday's 02:30 doesn't exist in Berlin, so the event starts Monday.
    const ics = buildCalendar(
      [{ id: "ag1", kind: "checkin", cadence: { ...berlinDaily, time: "02:30" }, anchor: new Date("2026-03-28T12:00:00Z") }],
      { now },
    );
    expect(eventLines(ics, "checkin-ag1@steady")).toContain("DTSTART;TZID=Europe/Berlin:20260330T023000");
  });

  it("refuses ids and cadences that would corrupt the file, with a clear message", () => {
    expect(() => buildCalendar([{ ...entries[0]!, id: "x\r\nSUMMARY:hi" }], { now })).toThrow(
      'Calendar: unexpected id "x\\r\\nSUMMARY:hi".',
    );
    expect(() => buildCalendar([{ ...entries[0]!, cadence: { ...berlinDaily, time: "25:00" } }], { now })).toThrow(
      "Check-in rhythm: time must look like 19:30",
    );
  });
});
