import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AnyOperation } from "@/lib/operations/define";
import { executeOperation } from "@/lib/operations/execute";
import { findOperation, socketOperations } from "@/lib/operations/registry";
import type { ActionResult } from "@/lib/operations/result";
import { consume } from "@/lib/rate-limit";
import { sessionCookie } from "../pause/harness";
import { ask, connect, settle, startRealtime, type RealtimeHarness, type TestSocket } from "../pause/harness";
import { examples } from "../authz/examples";
import { buildWorld, type Actor, type World } from "../authz/world";

/**
 * One verb, one answer: every socket-enabled operation, sent over a real socket and over HTTP
 * (what the one server action runs: the registry's operation for the caller's request), gives
 * the same result shape and the same words in every case a person can meet.
 */
let harness: RealtimeHarness;
beforeAll(async () => {
  harness = await startRealtime();
});
afterAll(async () => {
  await harness.close();
});

type Case = "success" | "bad input" | "another couple's ids" | "ended couple" | "rate-limited" | "unauthenticated";
const CASES: Case[] = ["success", "bad input", "another couple's ids", "ended couple", "rate-limited", "unauthenticated"];

/** What a person sees of a result: success and the keys of its data, or the code and the words (wait times aside). */
function seen(result: ActionResult<unknown>) {
  if (result.ok) return { ok: true, keys: Object.keys(result.data as object).sort() };
  return { ok: false, code: result.code, error: result.error.replace(/\d+ (second|minute)s?/, "N $1s"), fieldErrors: result.fieldErrors, wait: !!result.retryAfterSeconds };
}

const actorFor: Record<Case, Actor> = {
  success: "self",
  "bad input": "self",
  "another couple's ids": "outsider",
  "ended couple": "endedRemaining",
  "rate-limited": "self",
  unauthenticated: "self",
};

/** Puts the world in the state the case needs (same steps for both transports). */
async function prepare(w: World, op: AnyOperation, kase: Case) {
  if (kase === "rate-limited" && op.rateLimit) {
    // Public verbs are limited per address (the socket's and the request's), the rest per person.
    const keys = op.access === "public" ? ["ip:127.0.0.1", "ip:::ffff:127.0.0.1", `ip:${w.actors.self.ip}`] : [w.victim.a.id];
    for (const key of keys) {
      for (let i = 0; i < 1000; i++) {
        const ok = await consume(op.rateLimit.limit, key).then(() => true, () => false);
        if (!ok) break;
      }
    }
  }
  if (kase === "unauthenticated") await db.session.update({ where: { id: w.victim.a.sessionId }, data: { revokedAt: new Date() } });
}

function inputFor(w: World, op: AnyOperation, kase: Case): unknown {
  if (kase === "bad input") return "not a request";
  return examples[op.name as keyof typeof examples](w)[0];
}

async function cookieOf(w: World, actor: Actor) {
  const user = actor === "outsider" ? await db.session.findUniqueOrThrow({ where: { id: w.actors.outsider.sessionId! } }).then((s) => ({ id: s.userId })) : actor === "endedRemaining" ? w.ended.a : w.victim.a;
  return sessionCookie({ id: user.id, sessionId: w.actors[actor].sessionId! });
}

describe("the same verb over the socket and over HTTP", () => {
  const served = [...socketOperations().entries()];

  it.each(served.map(([event, op]) => [event, op] as const))("%s answers alike in every case", { timeout: 60_000 }, async (event, op) => {
    const overSocket = await buildWorld();
    const overHttp = await buildWorld();
    const sockets = new Map<Actor, TestSocket>();
    const socketOf = async (actor: Actor) => {
      if (!sockets.has(actor)) sockets.set(actor, await connect(harness.url, await cookieOf(overSocket, actor)));
      return sockets.get(actor)!;
    };
    for (const actor of ["self", "outsider", "endedRemaining"] as Actor[]) await socketOf(actor);
    const compared: string[] = [];
    for (const kase of CASES) {
      if (kase === "rate-limited" && !op.rateLimit) continue;
      const actor = actorFor[kase];
      // Paced under the socket's own flood guard (its perSecond), which HTTP has no twin of.
      await settle(Math.ceil(1000 / op.socket.perSecond) + 100);
      await prepare(overSocket, op, kase);
      const viaSocket = await ask(await socketOf(actor), event as never, inputFor(overSocket, op, kase));
      await prepare(overHttp, op, kase);
      const viaHttp = await executeOperation(findOperation(op.name)!, inputFor(overHttp, op, kase), overHttp.actors[actor]);
      expect(seen(viaSocket), `${op.name}: ${kase}`).toEqual(seen(viaHttp));
      compared.push(kase);
    }
    // Each case reached what it was meant to reach, on both transports alike.
    expect(compared).toContain("unauthenticated");
    for (const socket of sockets.values()) socket.disconnect();
  });

  it("every socket verb declares a per-user rate limit, so a flood is refused the same way over HTTP", () => {
    expect(served.filter(([, op]) => !op.rateLimit).map(([event]) => event)).toEqual([]);
  });
});
