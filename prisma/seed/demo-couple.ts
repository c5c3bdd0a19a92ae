import { acceptVersionOp, counterProposeOp, proposeAgreementOp, proposeChangeOp, proposeRetireOp } from "@/lib/agreements/operations";
import { findTemplate, resolveTemplate } from "@/lib/agreements/templates";
import { createInviteOp, redeemInviteOp } from "@/lib/couples/operations";
import { hashPassword } from "@/lib/auth/password";
import { createSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import type { RequestInfo } from "@/lib/operations/define";
import { executeOperation } from "@/lib/operations/execute";
import { seedCheckIns } from "./check-ins";
import { seedPauses } from "./pauses";
import { seedReview } from "./reviews";

/**
 * A lived-in couple for newcomers and for the charts: six weeks of agreements made through the
 * real operations (so every rule and the timeline apply), each step on its own clock.
 */
export const DEMO = {
  a: { name: "Alex", email: "alex@demo.steady", password: "quiet harbour lantern 42", timeZone: "Europe/Berlin" },
  b: { name: "Sam", email: "sam@demo.steady", password: "amber meadow kettle 17", timeZone: "Europe/Lisbon" },
} as const;

const DAY = 86_400_000;

export interface DemoCouple {
  coupleId: string;
  a: { id: string; request: RequestInfo };
  b: { id: string; request: RequestInfo };
  /** The agreements made, by role, for the later parts of the seed (check-ins, reviews). */
  agreements: Record<"pause" | "daily" | "review" | "lateReply" | "presence" | "retired" | "pending", string>;
}

/** `days` ago at a wall-clock-ish UTC hour: clocks for each step of the story. */
export function daysAgo(now: Date, days: number, hourUtc = 18, minute = 0) {
  const d = new Date(now.getTime() - days * DAY);
  d.setUTCHours(hourUtc, minute, 0, 0);
  return d;
}

async function user(person: (typeof DEMO)["a" | "b"]) {
  const created = await db.user.create({
    data: { name: person.name, email: person.email, timeZone: person.timeZone, passwordHash: await hashPassword(person.password) },
    select: { id: true },
  });
  const session = await createSession(created.id, "demo seed");
  return { id: created.id, request: { sessionId: session.id, ip: "127.0.0.1", userAgent: "demo seed" } satisfies RequestInfo };
}

function ok<T>(result: { ok: true; data: T } | { ok: false; error: string }, step: string): T {
  if (!result.ok) throw new Error(`demo seed: ${step} failed: ${result.error}`);
  return result.data;
}

export async function seedDemoCouple(now = new Date()): Promise<DemoCouple> {
  const existing = await db.user.findUnique({ where: { email: DEMO.a.email }, select: { id: true } });
  if (existing) throw new Error(`The demo couple already exists (${DEMO.a.email}). Start from an empty database: npm run db:reset -- --force`);
  const a = await user(DEMO.a);
  const b = await user(DEMO.b);
  const at = (who: typeof a, when: Date): RequestInfo => ({ ...who.request, clock: () => when });
  const run = <T>(p: Promise<{ ok: true; data: T } | { ok: false; error: string }>, step: string) => p.then((r) => ok(r, step));

  const invite = await run(executeOperation(createInviteOp, {}, at(a, daysAgo(now, 43))), "invite");
  const { coupleId } = await run(executeOperation(redeemInviteOp, { code: invite.code }, at(b, daysAgo(now, 43, 19))), "join");
  const people = { meId: a.id, partnerId: b.id, timeZone: DEMO.a.timeZone };
  const template = (id: string) => resolveTemplate(findTemplate(id)!, people);

  /** A proposes (or B, with `by`), the other accepts the same evening. */
  async function agreed(content: object, days: number, by = a) {
    const other = by === a ? b : a;
    const made = await run(executeOperation(proposeAgreementOp, { ...content, note: "" }, at(by, daysAgo(now, days, 17))), "propose");
    await run(executeOperation(acceptVersionOp, { agreementId: made.agreementId, versionId: made.versionId }, at(other, daysAgo(now, days, 20))), "accept");
    return made;
  }

  const pause = await agreed({ ...template("pause-10"), minutes: 20, during: "A walk round the block, or tea on the balcony." }, 42);
  const daily = await agreed(template("daily-check-in"), 41, b);
  const review = await agreed(template("weekly-review"), 40);
  // A trigger and response, settled after a counter-proposal: the history shows both versions.
  const late = await run(executeOperation(proposeAgreementOp, { ...template("late-reply"), note: "This one matters to me." }, at(a, daysAgo(now, 35, 9))), "propose late reply");
  const countered = await run(
    executeOperation(counterProposeOp, { ...template("late-reply"), response: "Busy now, I’ll write properly by 6.", agreementId: late.agreementId, versionId: late.versionId, note: "Shorter is easier for me." }, at(b, daysAgo(now, 35, 12))),
    "counter late reply",
  );
  await run(executeOperation(acceptVersionOp, { agreementId: late.agreementId, versionId: countered.versionId }, at(a, daysAgo(now, 35, 19))), "accept counter");
  const presence = await agreed(template("need-presence"), 30, b);
  await seedCheckIns(daily.agreementId, { a: a.request, b: b.request }, now, { from: 40, to: 21 });
  // Our evening check-in moved later after a couple of weeks.
  const moved = await run(
    executeOperation(proposeChangeOp, { ...template("daily-check-in"), time: "21:00", agreementId: daily.agreementId, basedOnVersionId: daily.versionId, note: "After the kids are asleep?" }, at(a, daysAgo(now, 20, 10))),
    "change check-in",
  );
  await run(executeOperation(acceptVersionOp, { agreementId: daily.agreementId, versionId: moved.versionId }, at(b, daysAgo(now, 20, 13))), "accept change");
  await seedCheckIns(daily.agreementId, { a: a.request, b: b.request }, now, { from: 20, to: 1 });
  // A need that no longer fit, retired together.
  const stability = await agreed({ kind: "NEED", need: "STABILITY", ownWords: "", why: "Knowing our week’s plan on Sunday helps me relax." }, 28);
  const retire = await run(executeOperation(proposeRetireOp, { agreementId: stability.agreementId, basedOnVersionId: stability.versionId, note: "The weekly review covers this now." }, at(a, daysAgo(now, 9, 9))), "propose retire");
  await run(executeOperation(acceptVersionOp, { agreementId: stability.agreementId, versionId: retire.versionId }, at(b, daysAgo(now, 9, 18))), "accept retire");
  // Two weekly reviews together, two and one weeks ago (after the retirement above settled).
  await seedReview({ a: a.request, b: b.request }, daysAgo(now, 8, 17), { a: 3, b: 4 });
  await seedReview({ a: a.request, b: b.request }, daysAgo(now, 1, 7), { a: 4, b: 4 });
  // Yesterday: a proposal still waiting for Sam's answer.
  const pending = await run(executeOperation(proposeAgreementOp, { ...template("cancelled-plan"), note: "Would this work for us?" }, at(a, daysAgo(now, 1, 8))), "pending proposal");

  await seedPauses(coupleId, { a: a.id, b: b.id }, now);
  return {
    coupleId,
    a,
    b,
    agreements: {
      pause: pause.agreementId,
      daily: daily.agreementId,
      review: review.agreementId,
      lateReply: late.agreementId,
      presence: presence.agreementId,
      retired: stability.agreementId,
      pending: pending.agreementId,
    },
  };
}
