import { describe, expect, it } from "vitest";
import { wordsFor } from "../i18n/translate";
import { sayItemTitle } from "./item-title";
import { currentItem, isNewer, toReviewView, type ReviewRow } from "./view";

const row = (over: Partial<ReviewRow> = {}, ratings: ReviewRow["items"][number]["ratings"] = []): ReviewRow => ({
  id: "r1",
  mode: "TOGETHER",
  startedById: "a",
  startedAt: new Date("2026-11-29T17:00:00Z"),
  weekFrom: new Date("2026-11-22T23:00:00Z"),
  timeZone: "Europe/Berlin",
  finishedAt: null,
  completed: false,
  step: 1,
  version: 3,
  items: [
    {
      id: "i1",
      agreementId: "ag1",
      position: 1,
      title: "How today felt",
      content: null,
      kind: "CHECK_IN",
      outcome: null,
      decidedById: null,
      ratings,
      agreement: { status: "ACTIVE", activeVersionId: "v1", versions: [] },
    },
  ],
  ...over,
});

describe("what each partner may see of a review", () => {
  it("together: my rating only, and that you rated, until we both have", () => {
    const r = row({}, [{ userId: "a", rating: 4, note: "Felt close" }]);
    expect(toReviewView(r, "a").items[0]).toMatchObject({ mine: { rating: 4, note: "Felt close" }, partner: null, partnerHasRated: false });
    const forB = toReviewView(r, "b");
    expect(forB.items[0]).toMatchObject({ mine: null, partner: null, partnerHasRated: true });
    expect(JSON.stringify(forB)).not.toMatch(/Felt close|"rating":4/);
  });

  it("together: both ratings once both exist, each the right way round", () => {
    const r = row({}, [
      { userId: "a", rating: 4, note: "Felt close" },
      { userId: "b", rating: 2, note: "" },
    ]);
    expect(toReviewView(r, "a").items[0]).toMatchObject({ mine: { rating: 4 }, partner: { rating: 2 } });
    expect(toReviewView(r, "b").items[0]).toMatchObject({ mine: { rating: 2 }, partner: { rating: 4, note: "Felt close" } });
  });

  it("alone: the other sees nothing while it runs, and the one who reviewed once it is finished", () => {
    const ratings = [{ userId: "a", rating: 3, note: "On my own" }];
    expect(toReviewView(row({ mode: "ALONE" }, ratings), "b").items[0]).toMatchObject({ mine: null, partner: null, partnerHasRated: false });
    const done = row({ mode: "ALONE", finishedAt: new Date("2026-11-29T17:30:00Z") }, ratings);
    expect(toReviewView(done, "b").items[0]).toMatchObject({ mine: null, partner: { rating: 3, note: "On my own" } });
    expect(toReviewView(done, "a").items[0]).toMatchObject({ mine: { rating: 3 }, partner: null, partnerHasRated: false });
  });

  it("a set-aside review never reveals a rating only one of us gave", () => {
    const r = row({ finishedAt: new Date("2026-11-29T17:30:00Z") }, [{ userId: "a", rating: 1, note: "Hard" }]);
    expect(toReviewView(r, "b").items[0]).toMatchObject({ partner: null });
  });

  it("the step's item, and which of two states is newer", () => {
    const view = toReviewView(row(), "a");
    expect(currentItem(view)?.id).toBe("i1");
    expect(currentItem({ ...view, step: 0 })).toBeNull();
    expect(isNewer(view, { ...view, version: 2 })).toBe(false);
    expect(isNewer(view, { ...view, version: 4 })).toBe(true);
    expect(isNewer(view, { ...view, id: "r2", startedAt: view.startedAt + 1, version: 1 })).toBe(true);
    expect(isNewer(null, view)).toBe(true);
    expect(isNewer(view, null)).toBe(false);
  });

  it("titles: what we wrote stays as written; the app's words follow each reader's language", () => {
    const base = row().items[0]!;
    const items: ReviewRow["items"] = [
      { ...base, id: "i1", position: 1, kind: "PAUSE_RULE", title: "Our 20-minute pause", content: { kind: "PAUSE_RULE", minutes: 20, reconvene: "TALK_NOW" } },
      { ...base, id: "i2", position: 2, kind: "NEED", title: "Presence", content: { kind: "NEED", need: "PRESENCE", ownWords: "" } },
      { ...base, id: "i3", position: 3, kind: "NEED", title: "Morning coffee together", content: { kind: "NEED", need: "OTHER", ownWords: "Morning coffee together" } },
      { ...base, id: "i4", position: 4, kind: "CHECK_IN", title: "How today felt", content: null },
      // A version we could not read (never expected): its stored title rather than nothing.
      { ...base, id: "i5", position: 5, kind: "PAUSE_RULE", title: "Our 15-minute pause", content: null },
    ];
    const view = toReviewView(row({ items }), "a");
    const say = (locale: "en" | "es") => view.items.map((i) => sayItemTitle(i.title, wordsFor(locale, "agreements").t));
    expect(say("en")).toEqual(["Our 20-minute pause", "Presence", "Morning coffee together", "How today felt", "Our 15-minute pause"]);
    const es = say("es");
    expect(es.slice(2)).toEqual(["Morning coffee together", "How today felt", "Our 15-minute pause"]);
    expect(es[0]).toBe(wordsFor("es", "agreements").t("pauseTitle", { minutes: 20 }));
    expect(es[0]).toMatch(/20/);
    expect(es[0]).not.toBe("Our 20-minute pause");
    expect(es[1]).toBe(wordsFor("es", "agreements").t("needs.PRESENCE.label"));
    expect(es[1]).not.toBe("Presence");
    // The payload itself carries no English words for them: each screen says them in its reader's words.
    expect(JSON.stringify(view.items.slice(0, 2))).not.toMatch(/minute pause|"Presence"/);
  });
});
