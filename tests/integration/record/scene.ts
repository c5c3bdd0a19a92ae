import { randomUUID } from "node:crypto";
import { acceptVersionOp, counterProposeOp, declineVersionOp, proposeAgreementOp, proposeChangeOp, proposeRetireOp } from "@/lib/agreements/operations";
import { createSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { endPauseOp, startPauseOp } from "@/lib/pause/operations";
import { createCouple, type TestCouple, type TestUser } from "@/tests/factories";
import { as, checkIn, lateReply, ok, pauseRule } from "../agreements/helpers";

/**
 * A couple with a story worth printing: an agreement reached through a counter-proposal, a pause
 * rule that was changed, a need that was retired, a proposal still waiting, one declined, a pause
 * taken. `privateMarkers` are strings only private data holds (devices, emails, ids of people,
 * sessions): none may appear in the record.
 */
export interface Scene {
  couple: TestCouple;
  titles: { active: string[]; retired: string[]; waiting: string; declined: string };
  privateMarkers: string[];
}

export async function buildScene(names = { a: "Alex Morgan", b: "Blake Chen" }): Promise<Scene> {
  const c = await createCouple(names);
  const tag = randomUUID().slice(0, 8);

  // A late reply: A proposes, B counters with other words, A says yes.
  const first = ok(await as(c.a, proposeAgreementOp, { ...lateReply(c), note: `Would this work for us? ${tag}` }));
  const counter = ok(await as(c.b, counterProposeOp, { ...lateReply(c), response: "Busy — I love you, and I’ll reply tonight.", note: "", agreementId: first.agreementId, versionId: first.versionId }));
  ok(await as(c.a, acceptVersionOp, { agreementId: first.agreementId, versionId: counter.versionId }));

  // The pause rule: 10 minutes, then B proposes 15 and A agrees.
  const rule = ok(await as(c.a, proposeAgreementOp, { ...pauseRule(10), note: "" }));
  ok(await as(c.b, acceptVersionOp, { agreementId: rule.agreementId, versionId: rule.versionId }));
  const change = ok(await as(c.b, proposeChangeOp, { ...pauseRule(15), note: "", agreementId: rule.agreementId, basedOnVersionId: rule.versionId }));
  ok(await as(c.a, acceptVersionOp, { agreementId: rule.agreementId, versionId: change.versionId }));

  // A ritual we had, and retired together.
  const ritual = ok(await as(c.a, proposeAgreementOp, { kind: "NEED", need: "OTHER", ownWords: "Sunday walks", why: "Time that is only ours", note: "" }));
  ok(await as(c.b, acceptVersionOp, { agreementId: ritual.agreementId, versionId: ritual.versionId }));
  const retire = ok(await as(c.b, proposeRetireOp, { agreementId: ritual.agreementId, basedOnVersionId: ritual.versionId, note: "Winter is here" }));
  ok(await as(c.a, acceptVersionOp, { agreementId: ritual.agreementId, versionId: retire.versionId }));

  // Not ours (yet): a check-in waiting for B, and a need B passed on.
  ok(await as(c.a, proposeAgreementOp, { ...checkIn(c), about: `Waiting check-in ${tag}`, note: "" }));
  const declined = ok(await as(c.a, proposeAgreementOp, { kind: "NEED", need: "OTHER", ownWords: `Declined need ${tag}`, why: "x", note: "" }));
  ok(await as(c.b, declineVersionOp, { agreementId: declined.agreementId, versionId: declined.versionId, reason: "" }));

  // One pause, ended early.
  const started = ok(await as(c.a, startPauseOp, {}));
  ok(await as(c.a, endPauseOp, { pauseId: started.pause!.id }));

  // Private things: the devices we use, our emails, our ids and sessions.
  const devices = [`PrivateDeviceA-${tag}`, `PrivateDeviceB-${tag}`];
  const sessions = await Promise.all([createSession(c.a.id, devices[0]!), createSession(c.b.id, devices[1]!)]);
  return {
    couple: c,
    titles: { active: ["A late reply", "Our 15-minute pause"], retired: ["Sunday walks"], waiting: `Waiting check-in ${tag}`, declined: `Declined need ${tag}` },
    privateMarkers: [...devices, ...people(c.a, c.b), ...sessions.map((s) => s.id), ...(await otherSessionIds(c))],
  };
}

function people(...users: TestUser[]): string[] {
  return users.flatMap((u) => [u.id, u.email, u.sessionId]);
}

async function otherSessionIds(c: TestCouple): Promise<string[]> {
  const rows = await db.session.findMany({ where: { userId: { in: [c.a.id, c.b.id] } }, select: { id: true } });
  return rows.map((r) => r.id);
}
