import { describe, expect, it } from "vitest";
import { checkNewProposal, decide, MESSAGES, type AgreementStatus, type ConsentCommand, type ConsentState, type VersionAction } from "./consent";

const A = "alex";
const B = "blake";
const statuses: AgreementStatus[] = ["PROPOSED", "ACTIVE", "RETIRED", "CLOSED"];
const actions: VersionAction[] = ["CREATE", "CHANGE", "RETIRE"];
const types: ConsentCommand["type"][] = ["change", "retire", "accept", "decline", "withdraw", "counter"];

/** Every state of the small world: status × active version × pending version (author and action). */
function allStates(): ConsentState[] {
  const out: ConsentState[] = [];
  for (const status of statuses)
    for (const activeVersionId of [null, "v1"])
      for (const pending of [null, ...[A, B, null].flatMap((proposedById) => actions.map((action) => ({ id: "p", proposedById, action })))])
        out.push({ status, activeVersionId, pending });
  return out;
}

/** Shapes the database can hold: a proposal has only its first version pending; final agreements nothing. */
function isWellFormed(s: ConsentState): boolean {
  if (s.status === "PROPOSED") return s.activeVersionId === null && s.pending?.action === "CREATE";
  if (s.status === "ACTIVE") return s.activeVersionId !== null && s.pending?.action !== "CREATE";
  return s.pending === null;
}

function allCommands(): ConsentCommand[] {
  const out: ConsentCommand[] = [];
  for (const type of types)
    for (const by of [A, B])
      for (const ref of ["p", "v1", "gone"])
        out.push(type === "change" || type === "retire" ? { type, by, basedOnVersionId: ref } : { type, by, versionId: ref });
  return out;
}

describe("decide (exhaustive over the small state space)", () => {
  const cases = allStates().flatMap((state) => allCommands().map((command) => ({ state, command, outcome: decide(state, command) })));

  it("covers every state × command", () => {
    expect(cases.length).toBe(4 * 2 * 10 * 6 * 2 * 3);
  });

  it("activates a version only when the partner who didn't propose accepts that pending version", () => {
    for (const { state, command, outcome } of cases) {
      if (!outcome.ok || !outcome.activate) continue;
      expect(command.type).toBe("accept");
      expect(state.pending?.id).toBe(outcome.activate);
      expect("versionId" in command && command.versionId).toBe(state.pending?.id);
      expect(state.pending?.proposedById).not.toBe(command.by);
      expect(state.pending?.action).not.toBe("RETIRE");
    }
  });

  it("never lets the proposer accept, decline or counter their own proposal", () => {
    for (const { state, command, outcome } of cases) {
      if (["accept", "decline", "counter"].includes(command.type) && state.pending?.proposedById === command.by) expect(outcome.ok).toBe(false);
    }
  });

  it("lets only the proposer withdraw", () => {
    for (const { state, command, outcome } of cases) {
      if (command.type === "withdraw" && outcome.ok) expect(state.pending?.proposedById).toBe(command.by);
    }
  });

  it("refuses any decision that names a version other than the pending one, with the stale message", () => {
    for (const { state, command, outcome } of cases) {
      if (!("versionId" in command) || command.versionId === state.pending?.id) continue;
      expect(outcome).toEqual({ ok: false, code: "conflict", message: MESSAGES.stale });
    }
  });

  it("decides the pending version exactly when a decision succeeds, and proposes only when nothing is pending", () => {
    for (const { state, command, outcome } of cases) {
      if (!outcome.ok) continue;
      if (command.type === "change" || command.type === "retire") {
        expect(state.pending).toBeNull();
        expect(state.status).toBe("ACTIVE");
        expect(command.basedOnVersionId).toBe(state.activeVersionId);
        expect(outcome.close).toBeNull();
        expect(outcome.propose).toBe(command.type === "change" ? "CHANGE" : "RETIRE");
      } else {
        expect(state.pending).not.toBeNull();
        expect(outcome.close).not.toBeNull();
        expect(outcome.propose !== null).toBe(command.type === "counter");
      }
    }
  });

  it("moves only along the allowed status transitions; retired and closed agreements are final", () => {
    const allowed: Record<AgreementStatus, AgreementStatus[]> = {
      PROPOSED: ["PROPOSED", "ACTIVE", "CLOSED"],
      ACTIVE: ["ACTIVE", "RETIRED"],
      RETIRED: [],
      CLOSED: [],
    };
    for (const { state, command, outcome } of cases) {
      if (!outcome.ok) continue;
      if (!isWellFormed(state)) continue;
      expect(allowed[state.status], `${state.status} --${command.type}--> ${outcome.status}`).toContain(outcome.status);
    }
  });
});

describe("decide (reachable states from a first proposal)", () => {
  it("keeps every reachable state consistent after any sequence of commands", () => {
    // Breadth-first over states reachable from "A proposed something", applying outcomes like mutations.ts does.
    const key = (s: ConsentState) => JSON.stringify(s);
    let next = 0;
    const start: ConsentState = { status: "PROPOSED", activeVersionId: null, pending: { id: "v0", proposedById: A, action: "CREATE" } };
    const seen = new Map([[key(start), start]]);
    const queue = [start];
    while (queue.length && seen.size < 500) {
      const state = queue.shift()!;
      const refs = [state.pending?.id, state.activeVersionId, "gone"].filter((r): r is string => !!r);
      for (const type of types)
        for (const by of [A, B])
          for (const ref of refs) {
            const command = (type === "change" || type === "retire" ? { type, by, basedOnVersionId: ref } : { type, by, versionId: ref }) as ConsentCommand;
            const outcome = decide(state, command);
            if (!outcome.ok) continue;
            const newId = outcome.propose ? `v${++next}` : null;
            const after: ConsentState = {
              status: outcome.status,
              activeVersionId: outcome.activate ?? state.activeVersionId,
              pending: newId ? { id: newId, proposedById: by, action: outcome.propose! } : outcome.close ? null : state.pending,
            };
            // Invariants of the real data: final agreements have nothing pending; active ones have an active version.
            if (after.status === "CLOSED" || after.status === "RETIRED") expect(after.pending).toBeNull();
            if (after.status === "ACTIVE") expect(after.activeVersionId).not.toBeNull();
            if (after.status === "PROPOSED") expect(after.pending?.action).toBe("CREATE");
            // Normalise ids so equivalent states collapse.
            const norm: ConsentState = {
              ...after,
              activeVersionId: after.activeVersionId ? "act" : null,
              pending: after.pending ? { ...after.pending, id: "pend" } : null,
            };
            if (!seen.has(key(norm))) {
              seen.set(key(norm), norm);
              queue.push(norm);
            }
          }
    }
    const reached = [...seen.values()].map((s) => s.status);
    expect(new Set(reached)).toEqual(new Set(["PROPOSED", "ACTIVE", "RETIRED", "CLOSED"]));
  });
});

describe("decide (examples)", () => {
  const proposed: ConsentState = { status: "PROPOSED", activeVersionId: null, pending: { id: "p", proposedById: A, action: "CREATE" } };
  const active: ConsentState = { status: "ACTIVE", activeVersionId: "v1", pending: null };

  it("B accepts A's proposal: it becomes ours", () => {
    expect(decide(proposed, { type: "accept", by: B, versionId: "p" })).toEqual({ ok: true, status: "ACTIVE", activate: "p", close: "ACCEPTED", propose: null });
  });

  it("A can't accept their own proposal", () => {
    expect(decide(proposed, { type: "accept", by: A, versionId: "p" })).toMatchObject({ ok: false, code: "forbidden", message: MESSAGES.ownProposal });
  });

  it("B counters: A's version is superseded by B's new first proposal", () => {
    expect(decide(proposed, { type: "counter", by: B, versionId: "p" })).toMatchObject({ ok: true, status: "PROPOSED", close: "SUPERSEDED", propose: "CREATE" });
  });

  it("declining or withdrawing a first proposal closes it; on an active agreement nothing changes", () => {
    expect(decide(proposed, { type: "decline", by: B, versionId: "p" })).toMatchObject({ ok: true, status: "CLOSED", close: "DECLINED" });
    expect(decide(proposed, { type: "withdraw", by: A, versionId: "p" })).toMatchObject({ ok: true, status: "CLOSED", close: "WITHDRAWN" });
    const changing: ConsentState = { ...active, pending: { id: "p", proposedById: A, action: "CHANGE" } };
    expect(decide(changing, { type: "decline", by: B, versionId: "p" })).toMatchObject({ ok: true, status: "ACTIVE", activate: null });
  });

  it("accepting a retirement retires; countering it proposes a change instead", () => {
    const retiring: ConsentState = { ...active, pending: { id: "p", proposedById: A, action: "RETIRE" } };
    expect(decide(retiring, { type: "accept", by: B, versionId: "p" })).toMatchObject({ ok: true, status: "RETIRED", activate: null });
    expect(decide(retiring, { type: "counter", by: B, versionId: "p" })).toMatchObject({ ok: true, propose: "CHANGE" });
  });

  it("a change must start from the version that is active now", () => {
    expect(decide(active, { type: "change", by: A, basedOnVersionId: "v0" })).toMatchObject({ ok: false, message: MESSAGES.changedMeanwhile });
    expect(decide(active, { type: "change", by: A, basedOnVersionId: "v1" })).toMatchObject({ ok: true, propose: "CHANGE" });
  });

  it("a second proposal on the same agreement is refused while one is pending", () => {
    const changing: ConsentState = { ...active, pending: { id: "p", proposedById: A, action: "CHANGE" } };
    expect(decide(changing, { type: "change", by: B, basedOnVersionId: "v1" })).toMatchObject({ ok: false, message: MESSAGES.pendingExists });
  });
});

describe("checkNewProposal", () => {
  it("allows one pause rule at a time", () => {
    expect(checkNewProposal("PAUSE_RULE", [])).toBeNull();
    expect(checkNewProposal("PAUSE_RULE", ["RETIRED", "CLOSED"])).toBeNull();
    expect(checkNewProposal("PAUSE_RULE", ["ACTIVE"])).toMatchObject({ ok: false, message: MESSAGES.pauseRuleExists });
    expect(checkNewProposal("PAUSE_RULE", ["PROPOSED"])).toMatchObject({ ok: false });
    expect(checkNewProposal("CHECK_IN", ["ACTIVE", "PROPOSED"])).toBeNull();
  });
});
