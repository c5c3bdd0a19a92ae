import { describe, expect, it } from "vitest";
import { buildNeedsMap } from "./needs-map";
import type { AgreementView } from "./queries";
import type { AgreementContent } from "./schemas";

let n = 0;
function agreement(content: AgreementContent, status: AgreementView["status"] = "ACTIVE"): AgreementView {
  const id = `a${++n}`;
  const version = { id: `${id}v`, number: 1, action: "CREATE" as const, status: "ACCEPTED" as const, content, note: null, proposedById: "u1", proposedAt: new Date(), decidedById: "u2", decidedAt: new Date(), declineReason: null };
  return { id, kind: content.kind, status, createdAt: new Date(), updatedAt: new Date(), active: status === "PROPOSED" ? null : version, pending: null, latest: version };
}

describe("buildNeedsMap", () => {
  it("links each need to the active agreements that serve it and lists the uncovered ones", () => {
    const pause = agreement({ kind: "PAUSE_RULE", minutes: 10, reconvene: "TALK_NOW", during: "", needs: ["RESPECT", "STABILITY"] });
    const stability = agreement({ kind: "NEED", need: "STABILITY", ownWords: "", why: "I like knowing" });
    const ritual = agreement({ kind: "NEED", need: "RITUAL", ownWords: "", why: "Ours" });
    const other = agreement({ kind: "NEED", need: "OTHER", ownWords: "Play", why: "Fun" });
    const retired = agreement({ kind: "PAUSE_RULE", minutes: 20, reconvene: "TALK_NOW", during: "", needs: ["PRESENCE"] }, "RETIRED");
    const map = buildNeedsMap([pause, stability, ritual, other, retired]);
    const row = (key: string) => map.rows.find((r) => r.key === key)!;
    expect(row("RESPECT").servedBy.map((a) => a.id)).toEqual([pause.id]);
    expect(row("STABILITY")).toMatchObject({ named: [stability], servedBy: [pause] });
    expect(row("PRESENCE").servedBy).toEqual([]);
    // Named-but-uncovered needs come first.
    expect(map.uncovered).toEqual(["RITUAL", "TRANSPARENCY", "PRESENCE"]);
    expect(map.ownWords).toEqual([other]);
  });
});
