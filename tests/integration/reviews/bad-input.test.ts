import { describe, expect, it } from "vitest";
import { proposeChangeOp } from "@/lib/agreements/operations";
import { as, lateReply, ok } from "../agreements/helpers";
import { executeOperation } from "@/lib/operations/execute";
import { decideOp, rateOp } from "@/lib/reviews/operations";
import { createCouple } from "@/tests/factories";
import { coupleWithAgreements, review, reviewSnapshot, startedAtFirst } from "./helpers";

/** Each case: what was sent, and the words that came back; nothing may be written. */
describe("bad input to the weekly review: a clear message, nothing written", () => {
  it("ratings outside 1–5, a line that is too long, and malformed requests", async () => {
    const { c } = await coupleWithAgreements();
    const r = await startedAtFirst(c);
    const itemId = r.items[0]!.id;
    const before = await reviewSnapshot(c.id);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ reviewId: r.id, itemId, rating: 0 }, "rating", "Please choose how it went, from 1 to 5."],
      [{ reviewId: r.id, itemId, rating: 6 }, "rating", "Please choose how it went, from 1 to 5."],
      [{ reviewId: r.id, itemId, rating: 2.5 }, "rating", "Please choose how it went, from 1 to 5."],
      [{ reviewId: r.id, itemId, rating: "lots" }, "rating", "Please choose how it went, from 1 to 5."],
      [{ reviewId: r.id, itemId }, "rating", "Please choose how it went, from 1 to 5."],
      [{ reviewId: r.id, itemId, rating: 3, note: "x".repeat(201) }, "note", "Please keep the line to 200 characters or fewer."],
      [{ reviewId: r.id, rating: 3 }, "itemId", "Which agreement in the review? The request did not say."],
      [{ itemId, rating: 3 }, "reviewId", "Which review? The request did not say."],
    ];
    for (const [input, field, message] of cases) {
      const result = await review.rate(c.a, input);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, code: "bad_request", fieldErrors: { [field]: [message] } });
    }
    expect(await review.decide(c.a, { reviewId: r.id, itemId, outcome: "MAYBE" })).toMatchObject({ ok: false, fieldErrors: { outcome: ["Please choose keep, revise or retire."] } });
    expect(await review.start(c.a, "SOMETIMES" as never)).toMatchObject({ ok: false, fieldErrors: { mode: ["Please choose together or on my own."] } });
    expect(await review.step(c.a, { reviewId: r.id, from: 1, to: 3 })).toMatchObject({ ok: false, fieldErrors: { to: ["One step at a time, please: next or back."] } });
    expect(await review.step(c.a, { reviewId: r.id, from: -1, to: 0 })).toMatchObject({ ok: false, fieldErrors: { from: ["There’s no step before the beginning."] } });
    expect(await review.rate(c.a, "not a request" as never)).toMatchObject({ ok: false, code: "bad_request" });
    expect(await reviewSnapshot(c.id)).toEqual(before);
  });

  it("says the same refusals in Spanish to someone whose browser asks for it", async () => {
    const { c } = await coupleWithAgreements();
    const r = await startedAtFirst(c);
    const itemId = r.items[0]!.id;
    const before = await reviewSnapshot(c.id);
    const es = { ...c.a.request, acceptLanguage: "es-ES,es;q=0.9" };
    expect(await executeOperation(rateOp, { reviewId: r.id, itemId, rating: 9, note: "x".repeat(201) }, es)).toMatchObject({
      ok: false,
      code: "bad_request",
      fieldErrors: { rating: ["Elige cómo ha ido, del 1 al 5."], note: ["Deja la frase en 200 caracteres como mucho."] },
    });
    expect(await executeOperation(rateOp, { itemId, rating: 3 }, es)).toMatchObject({ fieldErrors: { reviewId: ["¿Qué revisión? La petición no lo decía."] } });
    expect(await executeOperation(decideOp, { reviewId: r.id, itemId, outcome: "KEEP" }, es)).toEqual({
      ok: false,
      code: "conflict",
      error: "Valoremos este primero los dos, y luego elegimos juntos.",
    });
    ok(await review.rate(c.a, { reviewId: r.id, itemId, rating: 3 }));
    ok(await review.rate(c.b, { reviewId: r.id, itemId, rating: 3 }));
    ok(await review.decide(c.b, { reviewId: r.id, itemId, outcome: "RETIRE" }));
    // A message with a value: what was decided, in the asker's words.
    expect(await executeOperation(decideOp, { reviewId: r.id, itemId, outcome: "KEEP" }, es)).toMatchObject({
      error: "Ya hemos decidido sobre este: proponemos retirarlo.",
    });
    expect((await reviewSnapshot(c.id)).ratings).toHaveLength(before.ratings.length + 2);
  });

  it("a step out of order, or for an agreement we aren't on, is refused with where we are", async () => {
    const { c } = await coupleWithAgreements();
    const r = await startedAtFirst(c);
    const [first, second] = r.items;
    const before = await reviewSnapshot(c.id);
    // A screen that is behind (still on the glance) sends "next": refused, not a skipped step.
    expect(await review.step(c.a, { reviewId: r.id, from: 0, to: 1 })).toEqual({ ok: false, code: "conflict", error: "The review has moved on — here’s where we are now." });
    expect(await review.rate(c.a, { reviewId: r.id, itemId: second!.id, rating: 3 })).toEqual({
      ok: false,
      code: "conflict",
      error: "That agreement isn’t the one we’re on — here’s where we are now.",
    });
    expect(await review.step(c.a, { reviewId: r.id, from: 1, to: 2 })).toEqual({ ok: false, code: "conflict", error: "Let’s choose keep, revise or retire before we move on." });
    expect(await review.decide(c.a, { reviewId: r.id, itemId: first!.id, outcome: "KEEP" })).toEqual({ ok: false, code: "conflict", error: "Let’s both rate this one first, then choose together." });
    expect(await review.finish(c.a, r.id)).toEqual({ ok: false, code: "conflict", error: "Let’s decide on every agreement first — or set the review aside for now." });
    expect(await review.rate(c.a, { reviewId: r.id, itemId: "no-such-item", rating: 3 })).toEqual({ ok: false, code: "not_found", error: "We couldn’t find that agreement in this review." });
    expect(await review.rate(c.a, { reviewId: "no-such-review", itemId: first!.id, rating: 3 })).toEqual({ ok: false, code: "not_found", error: "We couldn’t find that review in our shared space." });
    expect(await reviewSnapshot(c.id)).toEqual(before);
  });

  it("anything sent to a finished review is refused, and changes nothing", async () => {
    const { c } = await coupleWithAgreements();
    const r = await startedAtFirst(c);
    ok(await review.setAside(c.a, r.id));
    const before = await reviewSnapshot(c.id);
    const finished = { ok: false, code: "conflict", error: "This review is finished. You can read its summary under past reviews." };
    expect(await review.rate(c.b, { reviewId: r.id, itemId: r.items[0]!.id, rating: 3 })).toEqual(finished);
    expect(await review.decide(c.b, { reviewId: r.id, itemId: r.items[0]!.id, outcome: "KEEP" })).toEqual(finished);
    expect(await review.step(c.b, { reviewId: r.id, from: 1, to: 0 })).toEqual(finished);
    expect(await review.finish(c.b, r.id)).toEqual(finished);
    expect(await review.setAside(c.b, r.id)).toEqual(finished);
    expect(await reviewSnapshot(c.id)).toEqual(before);
  });

  it("once both rated, ratings stay as they are; once decided, so does the decision", async () => {
    const { c } = await coupleWithAgreements();
    const r = await startedAtFirst(c);
    const itemId = r.items[0]!.id;
    ok(await review.rate(c.a, { reviewId: r.id, itemId, rating: 2 }));
    ok(await review.rate(c.b, { reviewId: r.id, itemId, rating: 5 }));
    let before = await reviewSnapshot(c.id);
    expect(await review.rate(c.a, { reviewId: r.id, itemId, rating: 5 })).toEqual({
      ok: false,
      code: "conflict",
      error: "We’ve both rated this one, so the ratings are shared now and stay as they are.",
    });
    expect(await reviewSnapshot(c.id)).toEqual(before);
    ok(await review.decide(c.a, { reviewId: r.id, itemId, outcome: "KEEP" }));
    before = await reviewSnapshot(c.id);
    expect(await review.decide(c.b, { reviewId: r.id, itemId, outcome: "RETIRE" })).toEqual({
      ok: false,
      code: "conflict",
      error: "We’ve already decided on this one: we’re keeping it.",
    });
    expect(await reviewSnapshot(c.id)).toEqual(before);
  });

  it("two different decisions at once: exactly one is written, the other hears what was decided", async () => {
    for (let round = 0; round < 4; round++) {
      const { c } = await coupleWithAgreements();
      const r = await startedAtFirst(c);
      const itemId = r.items[0]!.id;
      ok(await review.rate(c.a, { reviewId: r.id, itemId, rating: 3 }));
      ok(await review.rate(c.b, { reviewId: r.id, itemId, rating: 3 }));
      const results = await Promise.all([
        review.decide(c.a, { reviewId: r.id, itemId, outcome: "KEEP" }),
        review.decide(c.b, { reviewId: r.id, itemId, outcome: "RETIRE" }),
      ]);
      const won = results.filter((x) => x.ok);
      const lost = results.filter((x) => !x.ok);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const after = await reviewSnapshot(c.id);
      const outcome = after.items.find((i) => i.id === itemId)!.outcome;
      expect(lost[0]).toMatchObject({ code: "conflict", error: outcome === "KEEP" ? "We’ve already decided on this one: we’re keeping it." : "We’ve already decided on this one: we’re proposing to retire it." });
      // The retirement was proposed only if RETIRE won; only one decision is on the timeline.
      expect(after.versions.filter((v) => v.action === "RETIRE")).toHaveLength(outcome === "RETIRE" ? 1 : 0);
      expect(after.events.filter((e) => e.type === "reviews.decided")).toHaveLength(1);
    }
  });

  it("revise or retire while a proposal already waits on the agreement: the agreements' words, nothing written", async () => {
    const { c, agreementIds } = await coupleWithAgreements();
    const r = await startedAtFirst(c);
    const item = r.items.find((i) => i.kind === "TRIGGER_RESPONSE")!;
    const detail = ok(await review.sync(c.a)).review!;
    // Move to that item the honest way: decide and step through the ones before it.
    for (const i of detail.items.filter((x) => x.position < item.position)) {
      ok(await review.rate(c.a, { reviewId: r.id, itemId: i.id, rating: 3 }));
      ok(await review.rate(c.b, { reviewId: r.id, itemId: i.id, rating: 3 }));
      ok(await review.decide(c.a, { reviewId: r.id, itemId: i.id, outcome: "KEEP" }));
      ok(await review.step(c.a, { reviewId: r.id, from: i.position, to: i.position + 1 }));
    }
    const active = (await reviewSnapshot(c.id)).agreements.find((a) => a.id === item.agreementId)!;
    expect(agreementIds).toContain(item.agreementId);
    ok(await as(c.a, proposeChangeOp, { ...lateReply(c), response: "Something new", agreementId: item.agreementId, basedOnVersionId: active.activeVersionId }));
    ok(await review.rate(c.a, { reviewId: r.id, itemId: item.id, rating: 3 }));
    ok(await review.rate(c.b, { reviewId: r.id, itemId: item.id, rating: 3 }));
    const before = await reviewSnapshot(c.id);
    for (const outcome of ["RETIRE", "REVISE"]) {
      expect(await review.decide(c.b, { reviewId: r.id, itemId: item.id, outcome })).toEqual({
        ok: false,
        code: "conflict",
        error: "There’s already a proposal waiting on this agreement. Let’s settle that one first.",
      });
    }
    expect(await reviewSnapshot(c.id)).toEqual(before);
  });

  it("a review needs agreements to look back on", async () => {
    const c = await createCouple();
    expect(await review.start(c.a)).toEqual({
      ok: false,
      code: "conflict",
      error: "We don’t have any agreements to look back on yet. Once we’ve agreed on one, we can review it here.",
    });
    expect(await reviewSnapshot(c.id)).toMatchObject({ reviews: [], events: [] });
  });
});
