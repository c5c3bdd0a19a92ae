import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { wordsFor } from "@/lib/i18n/translate";
import { sayItemTitle } from "@/lib/reviews/item-title";
import type { ReviewView } from "@/lib/reviews/view";
import { createCouple } from "@/tests/factories";
import { ask, connect, nextEvent, sessionCookie, settle, startRealtime, type RealtimeHarness, type TestSocket } from "../pause/harness";
import { killHard, quietPort, respawnNode, spawnNode, type NodeProcess } from "../pause/nodes";
import { coupleWithAgreements } from "./helpers";

/**
 * The live review over real sockets: both phones follow the same step, and a partner's rating is
 * never in anything the other's socket receives before both exist — checked on every event the
 * socket hears, not only in the screen's state.
 */
let harness: RealtimeHarness;
const open: TestSocket[] = [];
const nodes: NodeProcess[] = [];

beforeAll(async () => {
  harness = await startRealtime();
});
afterAll(async () => {
  await harness.close();
  await Promise.all(nodes.map(killHard));
});
afterEach(() => {
  for (const s of open.splice(0)) s.disconnect();
});

async function phone(user: { id: string; sessionId: string }, url = harness.url, reconnection = false) {
  const socket = await connect(url, await sessionCookie(user), { reconnection });
  open.push(socket);
  return socket;
}

type ReviewAck = { ok: true; data: { review: ReviewView } } | { ok: false; code: string; error: string };
const send = (socket: TestSocket, event: string, payload: unknown, timeout = 3000) => ask(socket, event as never, payload, timeout) as unknown as Promise<ReviewAck>;
const view = (ack: ReviewAck) => {
  if (!ack.ok) throw new Error(`expected success, got ${ack.code}: ${ack.error}`);
  return ack.data.review;
};

/** Records every event a socket hears, as text, so a test can search all of it. */
function recorder(socket: TestSocket) {
  const heard: string[] = [];
  socket.onAny((event: string, ...args: unknown[]) => heard.push(`${event} ${JSON.stringify(args)}`));
  return heard;
}

describe("the weekly review over sockets", () => {
  it("a partner's rating reaches the other's socket only once both have rated, then both arrive together", async () => {
    const { c } = await coupleWithAgreements();
    const a = await phone(c.a);
    const b = await phone(c.b);
    const stranger = await phone((await createCouple()).a);
    const heardByB = recorder(b);
    const heardByStranger = recorder(stranger);

    const started = view(await send(a, "reviews:start", { mode: "TOGETHER" }));
    const bSeesStep = nextEvent(b, "reviews:state", 2000, (p) => p.review.step === 1);
    view(await send(a, "reviews:step", { reviewId: started.id, from: 0, to: 1 }));
    expect((await bSeesStep).review.id).toBe(started.id);

    const itemId = started.items[0]!.id;
    const secret = "only-after-both-rated-7f3a";
    const bHearsARated = nextEvent(b, "reviews:state", 2000, (p) => p.review.items[0]!.partnerHasRated);
    const mine = view(await send(a, "reviews:rate", { reviewId: started.id, itemId, rating: 4, note: secret }));
    expect(mine.items[0]).toMatchObject({ mine: { rating: 4, note: secret }, partner: null });
    expect((await bHearsARated).review.items[0]).toMatchObject({ mine: null, partner: null, partnerHasRated: true });
    // B asks for the state itself, too: still nothing of A's rating.
    const synced = view(await send(b, "reviews:sync", {}));
    await settle();
    const beforeB = heardByB.join("\n") + JSON.stringify(synced);
    expect(beforeB).not.toContain(secret);
    expect(beforeB).not.toMatch(/"rating":/);

    // B rates: B's answer carries both; A's screen hears B's at the same moment.
    const aHearsReveal = nextEvent(a, "reviews:state", 2000, (p) => p.review.items[0]!.partner !== null);
    const revealed = view(await send(b, "reviews:rate", { reviewId: started.id, itemId, rating: 2, note: "Hard week" }));
    expect(revealed.items[0]).toMatchObject({ mine: { rating: 2, note: "Hard week" }, partner: { rating: 4, note: secret } });
    expect((await aHearsReveal).review.items[0]).toMatchObject({ mine: { rating: 4 }, partner: { rating: 2, note: "Hard week" } });

    await settle();
    expect(heardByStranger.join("\n")).not.toMatch(/reviews:state|Hard week|only-after/);
  });

  it("a pause rule's title reaches each partner as data, said in each one's own language", async () => {
    const { c } = await coupleWithAgreements();
    // A reads Spanish (saved on Me); B follows an English browser: one payload must serve both.
    await db.user.update({ where: { id: c.a.id }, data: { locale: "es" } });
    const a = await phone(c.a);
    const b = await phone(c.b);
    const heard = [recorder(a), recorder(b)];
    const started = view(await send(a, "reviews:start", { mode: "TOGETHER" }));
    const bHears = nextEvent(b, "reviews:state", 2000, (p) => p.review.step === 1);
    view(await send(a, "reviews:step", { reviewId: started.id, from: 0, to: 1 }));
    const pauseItem = (await bHears).review.items.find((i) => i.kind === "PAUSE_RULE")!;
    expect(pauseItem.title).toEqual({ pauseMinutes: 10 });
    expect(started.items.find((i) => i.kind === "PAUSE_RULE")!.title).toEqual({ pauseMinutes: 10 });
    // What we wrote stays as written.
    expect(started.items.find((i) => i.kind === "CHECK_IN")!.title).toEqual({ text: "How today felt" });
    expect(sayItemTitle(pauseItem.title, wordsFor("es", "agreements").t)).toBe(wordsFor("es", "agreements").t("pauseTitle", { minutes: 10 }));
    await settle();
    // No English words of the app's in what either socket heard (the stored title is English).
    expect(heard.flat().join("\n")).not.toContain("10-minute pause");
    expect((await db.reviewItem.findFirst({ where: { reviewId: started.id, kind: "PAUSE_RULE" } }))!.title).toBe("Our 10-minute pause");
  });

  it("either can go back a step, and both screens follow", async () => {
    const { c } = await coupleWithAgreements();
    const a = await phone(c.a);
    const b = await phone(c.b);
    const started = view(await send(a, "reviews:start", { mode: "TOGETHER" }));
    view(await send(a, "reviews:step", { reviewId: started.id, from: 0, to: 1 }));
    const aFollows = nextEvent(a, "reviews:state", 2000, (p) => p.review.step === 0);
    expect(view(await send(b, "reviews:step", { reviewId: started.id, from: 1, to: 0 })).step).toBe(0);
    await aFollows;
    // A screen still showing step 1 asks for "back" again: refused, with where we are.
    expect(await send(a, "reviews:step", { reviewId: started.id, from: 1, to: 0 })).toEqual({ ok: false, code: "conflict", error: "The review has moved on — here’s where we are now." });
  });

  it("bad input over the socket gets the same words and changes nothing", async () => {
    const { c } = await coupleWithAgreements();
    const a = await phone(c.a);
    const started = view(await send(a, "reviews:start", { mode: "TOGETHER" }));
    view(await send(a, "reviews:step", { reviewId: started.id, from: 0, to: 1 }));
    const ack = await send(a, "reviews:rate", { reviewId: started.id, itemId: started.items[0]!.id, rating: 9 });
    expect(ack).toMatchObject({ ok: false, code: "bad_request", fieldErrors: { rating: ["Please choose how it went, from 1 to 5."] } });
    expect(view(await send(a, "reviews:sync", {})).items[0]!.mine).toBeNull();
  });

  it("a server restart mid-review loses nothing: fresh sockets on a fresh server read the same step and ratings", async () => {
    const { c } = await coupleWithAgreements();
    const a = await phone(c.a);
    const b = await phone(c.b);
    const started = view(await send(a, "reviews:start", { mode: "TOGETHER" }));
    view(await send(b, "reviews:step", { reviewId: started.id, from: 0, to: 1 }));
    const itemId = started.items[0]!.id;
    view(await send(a, "reviews:rate", { reviewId: started.id, itemId, rating: 5, note: "Before the restart" }));
    const before = view(await send(a, "reviews:sync", {}));

    await harness.close();
    harness = await startRealtime();
    const a2 = await phone(c.a);
    const b2 = await phone(c.b);
    const afterA = view(await send(a2, "reviews:sync", {}));
    expect(afterA).toEqual(before);
    const afterB = view(await send(b2, "reviews:sync", {}));
    expect(afterB).toMatchObject({ step: 1, version: before.version });
    expect(afterB.items[0]).toMatchObject({ mine: null, partner: null, partnerHasRated: true });
    // And the review carries on where it was.
    expect(view(await send(b2, "reviews:rate", { reviewId: started.id, itemId, rating: 3 })).items[0]).toMatchObject({ partner: { rating: 5, note: "Before the restart" } });
  });

  // Separate processes share the database, so this needs PostgreSQL (the embedded one is single-process).
  it.skipIf(!process.env.DATABASE_URL)("kill -9 mid-review: the phones reconnect on their own and resume at the same step", async () => {
    const { c } = await coupleWithAgreements();
    const first = await spawnNode({ port: quietPort() });
    nodes.push(first);
    const a = await phone(c.a, first.url, true);
    const b = await phone(c.b, first.url, true);
    const started = view(await send(a, "reviews:start", { mode: "TOGETHER" }, 15_000));
    view(await send(b, "reviews:step", { reviewId: started.id, from: 0, to: 1 }, 15_000));
    view(await send(a, "reviews:rate", { reviewId: started.id, itemId: started.items[0]!.id, rating: 4 }, 15_000));

    await killHard(first);
    const reconnected = Promise.all([a, b].map((s) => new Promise((resolve) => s.io.once("reconnect", resolve))));
    nodes.push(await respawnNode(first.port));
    await reconnected;
    const [syncA, syncB] = await Promise.all([send(a, "reviews:sync", {}, 15_000), send(b, "reviews:sync", {}, 15_000)]);
    expect(view(syncA)).toMatchObject({ id: started.id, step: 1 });
    expect(view(syncA).items[0]!.mine).toEqual({ rating: 4, note: "" });
    expect(view(syncB).items[0]).toMatchObject({ mine: null, partner: null, partnerHasRated: true });
  }, 90_000);
});
