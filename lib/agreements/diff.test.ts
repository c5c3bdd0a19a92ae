import { describe, expect, it } from "vitest";
import { diffContent, formatDiffLine } from "./diff";
import type { AgreementContent } from "./schemas";

const viewer = { meId: "a", names: { a: "Alex", b: "Blake" } };
const partnerView = { meId: "b", names: { a: "Alex", b: "Blake" } };

const pause = (minutes: number): AgreementContent => ({ kind: "PAUSE_RULE", minutes, reconvene: "TALK_NOW", during: "", needs: [] });
const checkIn = (days: string[], over: Partial<AgreementContent & { kind: "CHECK_IN" }> = {}): AgreementContent => ({
  kind: "CHECK_IN",
  about: "How the week went",
  unit: "WEEK",
  every: 1,
  days: days as never,
  time: "19:30",
  timeZone: "Europe/Berlin",
  channel: "IN_PERSON",
  starter: "either",
  script: "",
  needs: [],
  purpose: "CHECK_IN",
  ...over,
});

describe("diffContent", () => {
  it("says minutes plainly", () => {
    expect(diffContent(pause(10), pause(15), viewer).map(formatDiffLine)).toEqual(["Length: 10 minutes → 15 minutes"]);
  });

  it("says days plainly", () => {
    expect(diffContent(checkIn(["TUE"]), checkIn(["TUE", "FRI"]), viewer).map(formatDiffLine)).toEqual(["Days: Tuesdays → Tuesdays and Fridays"]);
  });

  it("lists several changes in reading order and nothing that stayed the same", () => {
    const lines = diffContent(checkIn(["MON", "WED", "FRI"]), checkIn(["MON"], { every: 2, time: "20:00", needs: ["RITUAL", "PRESENCE"] }), viewer);
    expect(lines.map(formatDiffLine)).toEqual([
      "How often: Every week → Every 2 weeks",
      "Days: Mondays, Wednesdays and Fridays → Mondays",
      "Time: 19:30 → 20:00",
      "Needs it serves: nothing → Presence and Ritual",
    ]);
  });

  it("shows people the right way round for each partner", () => {
    const before: AgreementContent = { kind: "TRIGGER_RESPONSE", trigger: "A late reply", whose: "a", response: "Busy, back soon", giver: "b", triggeredWillDo: "", needs: [] };
    const after: AgreementContent = { ...before, whose: "both" } as AgreementContent;
    expect(diffContent(before, after, viewer).map(formatDiffLine)).toEqual(["Whose trigger: Mine → Both of us"]);
    expect(diffContent(before, after, partnerView).map(formatDiffLine)).toEqual(["Whose trigger: Alex’s → Both of us"]);
  });

  it("has nothing to compare for a first proposal or identical content", () => {
    expect(diffContent(null, pause(10), viewer)).toEqual([]);
    expect(diffContent(pause(10), pause(10), viewer)).toEqual([]);
  });

  it("names a cleared optional field", () => {
    const before: AgreementContent = { ...pause(10), during: "A walk" } as AgreementContent;
    expect(diffContent(before, pause(10), viewer).map(formatDiffLine)).toEqual(["What we each do meanwhile: A walk → nothing"]);
  });
});
