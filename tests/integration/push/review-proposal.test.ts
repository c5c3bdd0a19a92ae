import { describe, expect, it } from "vitest";
import { ok } from "../agreements/helpers";
import { coupleWithAgreements, review } from "../reviews/helpers";
import { pushWorld, sleep, subscribe } from "./helpers";
import { decryptPush } from "./local-push-service";

const ctx = pushWorld();

describe("Web Push: a retirement proposed in the weekly review", () => {
  it("tells the partner's locked phone that a suggestion waits for them, like any proposal", async () => {
    const { c } = await coupleWithAgreements();
    // Subscribed after the set-up, whose proposals were all answered already.
    const a = await subscribe(ctx.service, c.a);
    const b = await subscribe(ctx.service, c.b);
    const started = ok(await review.start(c.a)).review;
    ok(await review.step(c.a, { reviewId: started.id, from: 0, to: 1 }));
    const item = started.items[0]!;
    ok(await review.rate(c.a, { reviewId: started.id, itemId: item.id, rating: 2 }));
    ok(await review.rate(c.b, { reviewId: started.id, itemId: item.id, rating: 1 }));
    ok(await review.decide(c.b, { reviewId: started.id, itemId: item.id, outcome: "RETIRE" }));
    const [push] = await ctx.service.waitFor(a.path);
    expect(JSON.parse(decryptPush(push!.body, a))).toMatchObject({
      kind: "proposal.waiting",
      body: "A suggestion is waiting for your answer",
      url: `/agreements/${encodeURIComponent(item.agreementId)}`,
    });
    // The one who proposed it is not told about their own proposal.
    await sleep(300);
    expect(ctx.service.received.filter((r) => r.path === b.path)).toHaveLength(0);
  }, 90_000); // a review takes a dozen writes; a shared machine can make that slow
});
