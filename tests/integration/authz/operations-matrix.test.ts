import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type { AnyOperation } from "@/lib/operations/define";
import { executeOperation } from "@/lib/operations/execute";
import { operations } from "@/lib/operations/registry";
import type { ActionResult } from "@/lib/operations/result";
import { examples } from "./examples";
import { ALLOWED, buildWorld, changedTables, DENIED, privateSnapshot, snapshot, type Actor, type World } from "./world";

// Every operation module, found by file name: an operation declared anywhere but left out of the registry is served nowhere, and fails here.
const modules = import.meta.glob<Record<string, unknown>>("../../../lib/**/operations.ts", { eager: true });
const declared: AnyOperation[] = Object.values(modules)
  .flatMap((m) => Object.values(m))
  .filter((v): v is AnyOperation => !!v && typeof v === "object" && "name" in v && "access" in v && "input" in v && "run" in v);

function leaks(result: ActionResult<unknown>, input: unknown, w: World, actor: Actor): string[] {
  const out = JSON.stringify(result);
  const given = JSON.stringify(input);
  const protectedMarkers = actor === "endedRemaining" ? w.markers : [...w.markers, ...w.endedMarkers];
  // Echoing back an id the caller sent is not a leak; anything else of the victim's is.
  return protectedMarkers.filter((m) => out.includes(m) && !given.includes(m));
}

describe("authorization matrix: operations", () => {
  it("the registry holds every declared operation, once, each with inputs aimed at the victim", () => {
    expect(operations.length).toBeGreaterThan(25);
    const names = operations.map((op) => op.name);
    expect(new Set(names).size, "operation names are unique").toBe(names.length);
    expect(declared.filter((op) => !(operations as readonly AnyOperation[]).includes(op)).map((op) => op.name), "declared but not in lib/operations/registry.ts").toEqual([]);
    const missing = names.filter((name) => !(name in examples));
    expect(missing, "add matrix inputs for these operations in tests/integration/authz/examples.ts").toEqual([]);
  });

  it("no one outside the couple reads or writes its data; the couple itself is let in", { timeout: 300_000 }, async () => {
    let cases = 0;
    const failures: string[] = [];
    for (const op of operations as readonly AnyOperation[]) {
      // A fresh scene per operation: a denied caller may still change their own account (e.g. delete it).
      const world = await buildWorld();
      const inputs = examples[op.name as keyof typeof examples](world);
      for (const actor of DENIED) {
        for (const input of inputs) {
          const before = await snapshot(world, actor);
          const result = await executeOperation(op, input, world.actors[actor]);
          cases++;
          const leaked = leaks(result, input, world, actor);
          if (leaked.length) failures.push(`${op.name} as ${actor}: response contains ${leaked.join(", ")}`);
          const changed = changedTables(before, await snapshot(world, actor));
          if (changed.length) failures.push(`${op.name} as ${actor} with ${JSON.stringify(input)}: changed ${changed.join(", ")}`);
        }
      }
      for (const actor of ALLOWED) {
        const own = actor === "self" ? world : await buildWorld();
        // Let in means the guard passed and the operation itself ran (its own answer may still be "no").
        const run = vi.spyOn(op, "run");
        const result = await executeOperation(op, examples[op.name as keyof typeof examples](own)[0], own.actors[actor]);
        cases++;
        if (run.mock.calls.length === 0) failures.push(`${op.name} as ${actor}: refused a member of the couple (${result.ok ? "" : result.code})`);
        run.mockRestore();
      }
    }
    console.info(`authorization matrix (operations): ${operations.length} operations, ${cases} cases`);
    expect(failures).toEqual([]);
  });

  // The partner is let into everything shared, and is an outsider to what is private: every verb,
  // aimed at A's journal entry and things that steady A, as B (same couple).
  it("the partner never reads or changes the other's private journal, by any operation", { timeout: 300_000 }, async () => {
    let cases = 0;
    const failures: string[] = [];
    for (const op of operations as readonly AnyOperation[]) {
      const world = await buildWorld();
      for (const input of examples[op.name as keyof typeof examples](world)) {
        const before = await privateSnapshot(world);
        const result = await executeOperation(op, input, world.actors.partner);
        cases++;
        const given = JSON.stringify(input);
        const leaked = world.privateMarkers.filter((m) => JSON.stringify(result).includes(m) && !given.includes(m));
        if (leaked.length) failures.push(`${op.name} as partner: response contains ${leaked.join(", ")}`);
        const changed = changedTables(before, await privateSnapshot(world));
        if (changed.length) failures.push(`${op.name} as partner with ${given}: changed A's ${changed.join(", ")}`);
      }
    }
    console.info(`authorization matrix (partner and private rows): ${operations.length} operations, ${cases} cases`);
    expect(failures).toEqual([]);
  });

  it("random payloads aimed at the victim's ids change nothing and leak nothing", { timeout: 300_000 }, async () => {
    const world = await buildWorld();
    const ids = [
      world.activeAgreementId, world.pendingAgreementId, world.pendingVersionId, world.activeVersionId, world.pauseId, world.reviewId, world.reviewItemId,
      world.victim.id, world.victim.a.sessionId, world.shareLinkId, world.pendingShareLinkId, world.journalEntryId, world.tokens.victimPause.id, world.tokens.partnerRead.id,
    ];
    const payload = fc.dictionary(
      fc.constantFrom("agreementId", "versionId", "basedOnVersionId", "pauseId", "reviewId", "itemId", "sessionId", "tokenId", "coupleId", "userId", "kind", "choice", "code", "password", "at", "mode", "rating", "outcome", "from", "to", "linkId", "token", "days", "id"),
      fc.oneof(
        fc.constantFrom(...ids),
        fc.string({ maxLength: 40 }),
        fc.integer(),
        fc.constantFrom("NEED", "PAUSE_RULE", "EXTEND", "TALK_NOW", "TOGETHER", "ALONE", "KEEP", "RETIRE", "REVISE", "pause", "read"),
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...(operations as readonly AnyOperation[])), fc.constantFrom(...DENIED), payload, async (op, actor, input) => {
        // Self-service on one's own account (delete, leave, sign out everywhere) is covered above;
        // here callers keep their accounts so every run exercises the victim's ids.
        if (["accounts.deleteAccount", "couples.leave", "couples.releaseEnded", "accounts.signOutEverywhere", "accounts.changePassword"].includes(op.name)) return;
        const before = await snapshot(world, actor);
        const result = await executeOperation(op, input, world.actors[actor]);
        expect(leaks(result, input, world, actor)).toEqual([]);
        expect(changedTables(before, await snapshot(world, actor))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
