import { listAgreements } from "../agreements/queries";
import { tally, type Window } from "../checkins/tally";
import { rhythmOf } from "../checkins/rhythm";
import { agreementTitle } from "../agreements/describe";
import { db } from "../db";
import { buildGlance, type WeekGlance } from "./glance-model";
import { loggedOccurrenceKeys } from "../checkins/queries";

export type { WeekGlance } from "./glance-model";

/**
 * The week at a glance for a couple, over `window` (days counted in `timeZone`): the one function
 * that assembles it, for the review's first step, its saved summary and anything else that shows it.
 * Check-ins: every active check-in rhythm except the review's own, tallied with lib/checkins/tally.ts
 * against the occurrences we logged (loggedOccurrenceKeys).
 */
export async function weekGlance(coupleId: string, window: Window, now: Date, timeZone: string): Promise<WeekGlance> {
  const range = { gte: window.from, lt: window.to };
  const [active, pauses, decidedVersions] = await Promise.all([
    listAgreements(coupleId, ["ACTIVE"]),
    db.pause.findMany({ where: { coupleId, startedAt: range }, select: { startedAt: true, endReason: true } }),
    db.agreementVersion.findMany({ where: { coupleId, decidedAt: range, status: { not: "PENDING" } }, select: { action: true, status: true } }),
  ]);
  const rhythms = active.flatMap((a) => {
    const version = a.active;
    if (!version || version.content.kind !== "CHECK_IN" || version.content.purpose === "REVIEW") return [];
    return [{ agreementId: a.id, title: agreementTitle(version.content), rhythm: rhythmOf(version.content, version.decidedAt ?? version.proposedAt) }];
  });
  const logged = await loggedOccurrenceKeys(coupleId, rhythms.map((r) => r.agreementId), window);
  const checkIns = rhythms.map(({ agreementId, title, rhythm }) => {
    const t = tally(rhythm, logged.get(agreementId) ?? [], window, now);
    return { agreementId, title, planned: t.planned, kept: t.kept, occurrences: t.occurrences.map((o) => ({ key: o.occurrence.key, at: o.occurrence.at.getTime(), status: o.status })) };
  });
  return buildGlance({ from: window.from, to: window.to, timeZone, checkIns, pauses, decidedVersions });
}
