import { describe, expect, it } from "vitest";
import { buildTrends } from "./trends";
import type { ItemView, ReviewView } from "./view";

const item = (agreementId: string, title: string, mine: number | null, partner: number | null): ItemView => ({
  id: `${agreementId}-item`,
  agreementId,
  position: 1,
  title: { text: title },
  kind: "NEED",
  outcome: "KEEP",
  decidedById: "a",
  mine: mine === null ? null : { rating: mine, note: "" },
  partner: partner === null ? null : { rating: partner, note: "" },
  partnerHasRated: partner !== null,
  agreement: { status: "ACTIVE", activeVersionId: "v", pending: null },
});
const review = (id: string, startedAt: number, items: ItemView[], mode: ReviewView["mode"] = "TOGETHER"): ReviewView => ({
  id,
  viewerId: "a",
  mode,
  startedById: "a",
  startedAt,
  weekFrom: startedAt - 6 * 86_400_000,
  timeZone: "Europe/Berlin",
  finishedAt: startedAt + 1,
  completed: true,
  step: items.length + 1,
  version: 1,
  items,
});

describe("ratings over the weeks", () => {
  it("one series per agreement, oldest review first, with gaps where there is no rating", () => {
    const trends = buildTrends([
      review("w3", 3, [item("ag1", "Presence", 5, 4)]),
      review("w1", 1, [item("ag1", "Presence", 2, 3), item("ag2", "A late reply", 3, 3)]),
      review("w2", 2, [item("ag1", "Being present", 4, null)], "ALONE"),
    ]);
    expect(trends.reviews.map((r) => [r.id, r.mode])).toEqual([
      ["w1", "TOGETHER"],
      ["w2", "ALONE"],
      ["w3", "TOGETHER"],
    ]);
    expect(trends.series).toEqual([
      { agreementId: "ag1", title: { text: "Presence" }, position: 1, mine: [2, 4, 5], partner: [3, null, 4] },
      { agreementId: "ag2", title: { text: "A late reply" }, position: 1, mine: [3, null, null], partner: [3, null, null] },
    ]);
  });

  it("an agreement nobody rated has no series", () => {
    expect(buildTrends([review("w1", 1, [item("ag1", "Presence", null, null)])]).series).toEqual([]);
  });
});
