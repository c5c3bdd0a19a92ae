import { describe, expect, it } from "vitest";
import type { Cadence } from "../agreements/cadence";
import { occurrenceAfter, occurrenceAtOrBefore, occurrenceFor, occurrencesBetween, periodOf, rhythmOf } from "./rhythm";

const berlin = "Europe/Berlin";
const daily = (time: string, timeZone = berlin): Cadence => ({ unit: "DAY", every: 1, days: [], time, timeZone });
const at = (iso: string) => new Date(iso);
const list = (os: { key: string; at: Date }[]) => os.map((o) => `${o.key} ${o.at.toISOString()}`);

describe("rhythmOf", () => {
  it("refuses a cadence that could never have been agreed, naming what is wrong", () => {
    const ok = daily("19:30");
    const anchor = at("2026-01-01T00:00:00Z");
    expect(() => rhythmOf({ ...ok, time: "7:30" }, anchor)).toThrow('Check-in rhythm: time must look like 19:30, not "7:30".');
    expect(() => rhythmOf({ ...ok, timeZone: "Mars/Olympus" }, anchor)).toThrow('unknown time zone "Mars/Olympus"');
    expect(() => rhythmOf({ ...ok, every: 0 }, anchor)).toThrow("every must be a whole number from 1 to 30");
    expect(() => rhythmOf({ ...ok, unit: "WEEK", every: 9, days: ["MON"] }, anchor)).toThrow("from 1 to 8");
    expect(() => rhythmOf({ ...ok, unit: "WEEK", days: [] }, anchor)).toThrow("a weekly rhythm needs at least one day");
    expect(() => rhythmOf({ ...ok, unit: "WEEK", days: ["MONDAY"] }, anchor)).toThrow('unknown weekday "MONDAY"');
    expect(() => rhythmOf(ok, new Date(Number.NaN))).toThrow("the start is not a valid date");
  });

  it("keeps only the rhythm: days in week order, none for a daily rhythm, no other content", () => {
    const content = { ...daily("19:30"), unit: "WEEK" as const, days: ["SUN", "MON", "SUN"], about: "private words" };
    expect(rhythmOf(content, at("2026-01-01T00:00:00Z")).cadence).toEqual({
      unit: "WEEK",
      every: 1,
      days: ["MON", "SUN"],
      time: "19:30",
      timeZone: berlin,
    });
    expect(rhythmOf({ ...daily("19:30"), days: ["MON"] }, at("2026-01-01T00:00:00Z")).cadence.days).toEqual([]);
  });
});

describe("occurrencesBetween", () => {
  it("lists the planned check-ins in a window, counting only those after the agreement began", () => {
    // Agreed on Jan 14 at 20:00 Berlin time: that evening's 19:30 was already past.
    const rhythm = rhythmOf(daily("19:30"), at("2026-01-14T19:00:00Z"));
    expect(list(occurrencesBetween(rhythm, at("2026-01-13T00:00:00Z"), at("2026-01-17T00:00:00Z")))).toEqual([
      "2026-01-15 2026-01-15T18:30:00.000Z",
      "2026-01-16 2026-01-16T18:30:00.000Z",
    ]);
  });

  it("keeps 19:30 on the wall clock across both Berlin changes of 2026", () => {
    const rhythm = rhythmOf(daily("19:30"), at("2026-01-01T00:00:00Z"));
    expect(list(occurrencesBetween(rhythm, at("2026-03-28T00:00:00Z"), at("2026-03-30T00:00:00Z")))).toEqual([
      "2026-03-28 2026-03-28T18:30:00.000Z",
      "2026-03-29 2026-03-29T17:30:00.000Z",
    ]);
    expect(list(occurrencesBetween(rhythm, at("2026-10-24T00:00:00Z"), at("2026-10-26T00:00:00Z")))).toEqual([
      "2026-10-24 2026-10-24T17:30:00.000Z",
      "2026-10-25 2026-10-25T18:30:00.000Z",
    ]);
  });

  it("moves 02:30 on the last Sunday of March to 03:30 CEST, and takes the first 02:30 in October", () => {
    const sundays: Cadence = { unit: "WEEK", every: 1, days: ["SUN"], time: "02:30", timeZone: berlin };
    const rhythm = rhythmOf(sundays, at("2026-03-01T00:00:00Z"));
    expect(list(occurrencesBetween(rhythm, at("2026-03-22T00:00:00Z"), at("2026-04-06T00:00:00Z")))).toEqual([
      "2026-03-22 2026-03-22T01:30:00.000Z", // 02:30 CET
      "2026-03-29 2026-03-29T01:30:00.000Z", // 02:30 doesn't exist: 03:30 CEST, same key
      "2026-04-05 2026-04-05T00:30:00.000Z", // 02:30 CEST
    ]);
    expect(list(occurrencesBetween(rhythm, at("2026-10-18T00:00:00Z"), at("2026-11-02T00:00:00Z")))).toEqual([
      "2026-10-18 2026-10-18T00:30:00.000Z",
      "2026-10-25 2026-10-25T00:30:00.000Z", // the first of two 02:30s (CEST)
      "2026-11-01 2026-11-01T01:30:00.000Z",
    ]);
  });

  it("follows RFC 5545's own examples for times the clocks skip or repeat", () => {
    // RFC 5545 §3.3.5: New York 2007-03-11 02:30 is 03:30 EDT; 2007-11-04 01:30 is the first, EDT.
    const rhythm = (time: string) => rhythmOf(daily(time, "America/New_York"), at("2007-01-01T00:00:00Z"));
    expect(occurrenceAfter(rhythm("02:30"), at("2007-03-11T00:00:00Z")).at.toISOString()).toBe("2007-03-11T07:30:00.000Z");
    expect(occurrenceAfter(rhythm("01:30"), at("2007-11-04T00:00:00Z")).at.toISOString()).toBe("2007-11-04T05:30:00.000Z");
  });

  it("skips the off weeks of an every-2-weeks rhythm, counted from the week it began", () => {
    const tueFri: Cadence = { unit: "WEEK", every: 2, days: ["TUE", "FRI"], time: "20:00", timeZone: berlin };
    const rhythm = rhythmOf(tueFri, at("2026-01-07T12:00:00Z")); // a Wednesday
    expect(occurrencesBetween(rhythm, at("2026-01-01T00:00:00Z"), at("2026-02-01T00:00:00Z")).map((o) => o.key)).toEqual([
      "2026-01-09",
      "2026-01-20",
      "2026-01-23",
    ]);
  });

  it("refuses an unreasonably long window", () => {
    const rhythm = rhythmOf(daily("19:30"), at("2026-01-01T00:00:00Z"));
    expect(() => occurrencesBetween(rhythm, at("2026-01-01T00:00:00Z"), at("2040-01-01T00:00:00Z"))).toThrow(
      "a window of at most 4000 days",
    );
  });
});

describe("occurrenceFor: which check-in a log counts for", () => {
  const rhythm = rhythmOf(daily("19:30"), at("2026-01-01T00:00:00Z"));

  it("gives a late log (the next morning) to the check-in the evening before", () => {
    expect(occurrenceFor(rhythm, at("2026-01-16T08:00:00Z"))?.key).toBe("2026-01-15");
  });

  it("gives an early log the same afternoon to that evening's check-in", () => {
    expect(occurrenceFor(rhythm, at("2026-01-15T15:00:00Z"))?.key).toBe("2026-01-15");
  });

  it("switches three quarters of the way to the next check-in", () => {
    // 18:30Z + 18 h = 12:30Z the next day.
    expect(occurrenceFor(rhythm, at("2026-01-16T12:29:59.999Z"))?.key).toBe("2026-01-15");
    expect(occurrenceFor(rhythm, at("2026-01-16T12:30:00Z"))?.key).toBe("2026-01-16");
    expect(periodOf(rhythm, occurrenceAfter(rhythm, at("2026-01-15T00:00:00Z")))).toEqual({
      from: at("2026-01-15T12:30:00Z"),
      to: at("2026-01-16T12:30:00Z"),
    });
  });

  it("gives a weekly check-in done a day early to this week, and one done two days late to last week", () => {
    const sundays = rhythmOf({ unit: "WEEK", every: 1, days: ["SUN"], time: "18:00", timeZone: berlin }, at("2026-01-01T00:00:00Z"));
    expect(occurrenceFor(sundays, at("2026-01-17T17:00:00Z"))?.key).toBe("2026-01-18"); // Saturday
    expect(occurrenceFor(sundays, at("2026-01-20T17:00:00Z"))?.key).toBe("2026-01-18"); // Tuesday
  });

  it("keeps one key for logs either side of a DST change", () => {
    // The 02:30 of 2026-03-29 becomes 03:30 CEST (01:30Z); logs around it all count for that day.
    const early = rhythmOf(daily("02:30"), at("2026-01-01T00:00:00Z"));
    for (const log of ["2026-03-28T20:00:00Z", "2026-03-29T00:59:00Z", "2026-03-29T01:30:00Z", "2026-03-29T12:00:00Z"]) {
      expect(occurrenceFor(early, at(log))?.key).toBe("2026-03-29");
    }
  });

  it("counts nothing logged before the rhythm began", () => {
    expect(occurrenceFor(rhythm, at("2025-12-31T23:00:00Z"))).toBeNull();
    expect(occurrenceFor(rhythm, rhythm.anchor)).toBeNull();
    expect(occurrenceAtOrBefore(rhythm, at("2026-01-01T12:00:00Z"))).toBeNull();
    // Between the start and the first check-in, a log counts for that first one.
    expect(occurrenceFor(rhythm, at("2026-01-01T00:00:01Z"))?.key).toBe("2026-01-01");
  });
});
