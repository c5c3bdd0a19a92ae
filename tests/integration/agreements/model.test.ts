import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  acceptVersionOp,
  counterProposeOp,
  declineVersionOp,
  proposeAgreementOp,
  proposeChangeOp,
  proposeRetireOp,
  withdrawVersionOp,
} from "@/lib/agreements/operations";
import { createCouple, type TestCouple } from "@/tests/factories";
import { as, lateReply, pauseRule } from "./helpers";

/**
 * Model-based test: random sequences of actions by both partners run against the real operations
 * and database, next to a tiny independent model of what should happen. After every step:
 * the database matches the model, no version is active that the non-proposer did not accept,
 * there is never more than one active pause rule, and no decision is ever lost or rewritten.
 */
type Who = "a" | "b";
type Step =
  | { t: "propose"; who: Who; kind: "PAUSE_RULE" | "TRIGGER_RESPONSE"; minutes: number }
  | { t: "change" | "retire"; who: Who; pick: number; stale: boolean; minutes: number }
  | { t: "accept" | "decline" | "withdraw" | "counter"; who: Who; pick: number; stale: boolean; minutes: number };

interface ModelAgreement {
  id: string;
  kind: "PAUSE_RULE" | "TRIGGER_RESPONSE";
  status: "PROPOSED" | "ACTIVE" | "RETIRED" | "CLOSED";
  active: string | null;
  pending: { id: string; by: string; action: "CREATE" | "CHANGE" | "RETIRE" } | null;
  /** Versions that were pending once and are not any more: a decision on them is stale. */
  old: string[];
}

const who = fc.constantFrom<Who>("a", "b");
const minutes = fc.integer({ min: 5, max: 60 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ t: fc.constant("propose" as const), who, kind: fc.constantFrom("PAUSE_RULE" as const, "TRIGGER_RESPONSE" as const), minutes }),
  fc.record({ t: fc.constantFrom("change" as const, "retire" as const), who, pick: fc.nat(5), stale: fc.boolean(), minutes }),
  fc.record({ t: fc.constantFrom("accept" as const, "decline" as const, "withdraw" as const, "counter" as const), who, pick: fc.nat(5), stale: fc.boolean(), minutes }),
);

async function runStep(c: TestCouple, model: ModelAgreement[], s: Step, decided: Map<string, string>) {
  const user = c[s.who];
  const content = (kind: ModelAgreement["kind"]) => (kind === "PAUSE_RULE" ? pauseRule(s.minutes) : { ...lateReply(c), response: `Reply ${s.minutes}` });

  if (s.t === "propose") {
    const blocked = s.kind === "PAUSE_RULE" && model.some((m) => m.kind === "PAUSE_RULE" && (m.status === "PROPOSED" || m.status === "ACTIVE"));
    const result = await as(user, proposeAgreementOp, content(s.kind));
    expect(result.ok).toBe(!blocked);
    if (result.ok) model.push({ id: result.data.agreementId, kind: s.kind, status: "PROPOSED", active: null, pending: { id: result.data.versionId, by: user.id, action: "CREATE" }, old: [] });
    return;
  }
  const m = model[s.pick % Math.max(model.length, 1)];
  if (!m) return;

  if (s.t === "change" || s.t === "retire") {
    const based = s.stale ? (m.old[0] ?? "not-a-version") : (m.active ?? "not-a-version");
    const expected = m.status === "ACTIVE" && !m.pending && based === m.active;
    const result =
      s.t === "change"
        ? await as(user, proposeChangeOp, { ...content(m.kind), agreementId: m.id, basedOnVersionId: based })
        : await as(user, proposeRetireOp, { agreementId: m.id, basedOnVersionId: based });
    expect(result.ok, `${s.t} on ${m.status}`).toBe(expected);
    if (result.ok) m.pending = { id: result.data.versionId, by: user.id, action: s.t === "change" ? "CHANGE" : "RETIRE" };
    return;
  }

  const target = s.stale ? (m.old.at(-1) ?? m.active ?? "not-a-version") : (m.pending?.id ?? m.old.at(-1) ?? "not-a-version");
  const live = m.pending && m.pending.id === target ? m.pending : null;
  const mine = live?.by === user.id;
  const expected = !!live && (s.t === "withdraw" ? mine : !mine);
  const ids = { agreementId: m.id, versionId: target };
  const result =
    s.t === "accept"
      ? await as(user, acceptVersionOp, ids)
      : s.t === "decline"
        ? await as(user, declineVersionOp, { ...ids, reason: "Not yet" })
        : s.t === "withdraw"
          ? await as(user, withdrawVersionOp, ids)
          : await as(user, counterProposeOp, { ...content(m.kind), ...ids });
  expect(result.ok, `${s.t} by ${s.who} on ${m.status}`).toBe(expected);
  if (!result.ok || !live) return;

  const outcome = { accept: "ACCEPTED", decline: "DECLINED", withdraw: "WITHDRAWN", counter: "SUPERSEDED" }[s.t];
  decided.set(live.id, outcome);
  m.old.push(live.id);
  m.pending = null;
  if (s.t === "accept") {
    if (live.action === "RETIRE") m.status = "RETIRED";
    else {
      m.status = "ACTIVE";
      m.active = live.id;
    }
  } else if (s.t === "counter") {
    m.pending = { id: result.data.versionId, by: user.id, action: m.status === "PROPOSED" ? "CREATE" : "CHANGE" };
  } else if (m.status === "PROPOSED") {
    m.status = "CLOSED";
  }
}

async function checkInvariants(c: TestCouple, model: ModelAgreement[], decided: Map<string, string>) {
  const agreements = await db.agreement.findMany({ where: { coupleId: c.id }, select: { id: true, kind: true, status: true, activeVersionId: true } });
  const versions = await db.agreementVersion.findMany({ where: { coupleId: c.id } });
  const byId = new Map(versions.map((v) => [v.id, v]));

  // The database matches the model.
  expect(agreements.map((a) => [a.id, a.status, a.activeVersionId]).sort()).toEqual(model.map((m) => [m.id, m.status, m.active]).sort());
  for (const m of model) {
    const pending = versions.filter((v) => v.agreementId === m.id && v.status === "PENDING").map((v) => [v.id, v.proposedById]);
    expect(pending).toEqual(m.pending ? [[m.pending.id, m.pending.by]] : []);
  }
  // Never an active version the non-proposer did not accept.
  for (const a of agreements) {
    if (!a.activeVersionId) continue;
    const v = byId.get(a.activeVersionId)!;
    expect(v.status).toBe("ACCEPTED");
    expect(v.decidedById).not.toBeNull();
    expect(v.decidedById).not.toBe(v.proposedById);
    expect(v.action).not.toBe("RETIRE");
  }
  // Never two active pause rules.
  expect(agreements.filter((a) => a.kind === "PAUSE_RULE" && a.status === "ACTIVE").length).toBeLessThanOrEqual(1);
  // Never a lost decision: every decided version still says what was decided.
  for (const [id, status] of decided) expect(byId.get(id)?.status).toBe(status);
}

describe("agreements model", () => {
  it("random actions by both partners keep consent, one pause rule and every decision", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 18 }), async (steps) => {
        const c = await createCouple();
        const model: ModelAgreement[] = [];
        const decided = new Map<string, string>();
        for (const s of steps) {
          await runStep(c, model, s, decided);
          await checkInvariants(c, model, decided);
        }
      }),
      { numRuns: 40 },
    );
  }, 240_000);

  it("both partners acting at the same moment never break the invariants", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(step, step), { minLength: 1, maxLength: 8 }), async (pairs) => {
        const c = await createCouple();
        const decided = new Map<string, string>();
        for (const [s1, s2] of pairs) {
          // Drive both steps against the current database state, concurrently; the model can't
          // predict who wins, so re-read it and check the invariants that must hold either way.
          const model = await readModel(c);
          await Promise.allSettled([runStep(c, structuredClone(model), { ...s1, who: "a" }, new Map()), runStep(c, structuredClone(model), { ...s2, who: "b" }, new Map())]);
          const after = await db.agreementVersion.findMany({ where: { coupleId: c.id, status: { not: "PENDING" } }, select: { id: true, status: true } });
          for (const v of after) {
            if (decided.has(v.id)) expect(v.status).toBe(decided.get(v.id));
            decided.set(v.id, v.status);
          }
          await checkInvariants(c, await readModel(c), decided);
        }
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});

/** The model as the database has it now (for the concurrent test, where the winner is unknown). */
async function readModel(c: TestCouple): Promise<ModelAgreement[]> {
  const agreements = await db.agreement.findMany({
    where: { coupleId: c.id },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, status: true, activeVersionId: true, versions: { orderBy: { number: "asc" }, select: { id: true, status: true, proposedById: true, action: true } } },
  });
  return agreements.map((a) => {
    const pending = a.versions.find((v) => v.status === "PENDING");
    return {
      id: a.id,
      kind: a.kind as ModelAgreement["kind"],
      status: a.status,
      active: a.activeVersionId,
      pending: pending ? { id: pending.id, by: pending.proposedById!, action: pending.action } : null,
      old: a.versions.filter((v) => v.status !== "PENDING").map((v) => v.id),
    };
  });
}
