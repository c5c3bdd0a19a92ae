import { expect } from "vitest";
import { executeOperation } from "@/lib/operations/execute";
import { type ActionResult } from "@/lib/operations/result";
import { type AnyOperation } from "@/lib/operations/define";
import { db } from "@/lib/db";
import type { TestCouple, TestUser } from "@/tests/factories";

/** Runs an operation as this user, exactly as a server action would. */
export function as<O>(user: TestUser, op: AnyOperation & { run: (...args: never[]) => Promise<O> }, input: unknown): Promise<ActionResult<O>> {
  return executeOperation(op, input, user.request);
}

export function ok<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

/** Everything agreements can write, for "nothing changed" assertions. */
export async function snapshot(coupleId?: string) {
  const where = coupleId ? { coupleId } : {};
  const [agreements, versions, events] = await Promise.all([
    db.agreement.findMany({ where, orderBy: { id: "asc" } }),
    db.agreementVersion.findMany({ where, orderBy: { id: "asc" } }),
    db.event.findMany({ where, orderBy: { id: "asc" } }),
  ]);
  return { agreements, versions, events };
}

export async function expectUnchanged(before: Awaited<ReturnType<typeof snapshot>>, coupleId?: string) {
  expect(await snapshot(coupleId)).toEqual(before);
}

export const lateReply = (c: TestCouple) => ({
  kind: "TRIGGER_RESPONSE",
  trigger: "A late reply",
  whose: c.a.id,
  response: "I’m caught up, but I’ve seen you — I’ll write by this evening.",
  giver: c.b.id,
  triggeredWillDo: "",
  needs: ["TRANSPARENCY"],
});

export const pauseRule = (minutes = 10) => ({ kind: "PAUSE_RULE", minutes, reconvene: "TALK_NOW", during: "A walk", needs: [] });

export const checkIn = (c: TestCouple) => ({
  kind: "CHECK_IN",
  about: "How today felt",
  unit: "WEEK",
  every: 1,
  days: ["TUE"],
  time: "19:30",
  timeZone: "Europe/Berlin",
  channel: "IN_PERSON",
  starter: c.a.id,
});
