import { describe, expect, it } from "vitest";
import { rhythmOf } from "../checkins/rhythm";
import { nextReviewAt, reviewTiming, reviewWeek } from "./rhythm";

// Sundays at 18:00 in Berlin, agreed on Monday 2026-11-23.
const content = { unit: "WEEK", every: 1, days: ["SUN"], time: "18:00", timeZone: "Europe/Berlin" } as const;
const anchor = new Date("2026-11-23T10:00:00Z");
const rhythm = rhythmOf(content, anchor);
const sunday = new Date("2026-11-29T17:00:00Z"); // 18:00 in Berlin
const at = (iso: string) => new Date(iso);

describe("when our weekly review is", () => {
  it("the next time is the rhythm's next occurrence", () => {
    expect(nextReviewAt({ ...content, kind: "CHECK_IN" } as never, anchor, at("2026-11-25T12:00:00Z"))).toEqual(sunday);
  });

  it("is soon within a day, due from half an hour before until a day after, then quiet", () => {
    expect(reviewTiming(rhythm, [], at("2026-11-27T12:00:00Z"))).toBeNull();
    expect(reviewTiming(rhythm, [], at("2026-11-28T18:00:00Z"))).toEqual({ kind: "soon", at: sunday });
    expect(reviewTiming(rhythm, [], at("2026-11-29T16:40:00Z"))).toEqual({ kind: "due", at: sunday });
    expect(reviewTiming(rhythm, [], at("2026-11-29T20:00:00Z"))).toEqual({ kind: "due", at: sunday });
    expect(reviewTiming(rhythm, [], at("2026-11-30T16:59:00Z"))).toEqual({ kind: "due", at: sunday });
    expect(reviewTiming(rhythm, [], at("2026-11-30T17:01:00Z"))).toBeNull();
  });

  it("a review we started for this time quiets the reminder, even a day early", () => {
    expect(reviewTiming(rhythm, [at("2026-11-29T17:10:00Z")], at("2026-11-29T19:00:00Z"))).toBeNull();
    expect(reviewTiming(rhythm, [at("2026-11-28T09:00:00Z")], at("2026-11-29T17:00:00Z"))).toBeNull();
    expect(reviewTiming(rhythm, [at("2026-11-28T09:00:00Z")], at("2026-11-28T18:00:00Z"))).toBeNull();
    // Last week's review doesn't count for this week.
    expect(reviewTiming(rhythm, [at("2026-11-22T17:00:00Z")], at("2026-11-29T17:00:00Z"))).toEqual({ kind: "due", at: sunday });
  });

  it("nothing before the rhythm was agreed", () => {
    const fresh = rhythmOf(content, at("2026-11-29T17:30:00Z"));
    expect(reviewTiming(fresh, [], at("2026-11-29T18:00:00Z"))).toBeNull();
  });

  it("the week looked back on: from local midnight six days before, until now", () => {
    expect(reviewWeek(sunday, "Europe/Berlin")).toEqual({ from: at("2026-11-22T23:00:00Z"), to: sunday });
    expect(reviewWeek(sunday, "America/New_York").from).toEqual(at("2026-11-23T05:00:00Z"));
  });
});
