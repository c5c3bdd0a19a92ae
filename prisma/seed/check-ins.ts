import { logCheckInOp } from "@/lib/checkins/operations";
import type { RequestInfo } from "@/lib/operations/define";
import { executeOperation } from "@/lib/operations/execute";

const DAY = 86_400_000;
const NOTES = ["Short but good.", "Tired, glad we talked.", "", "Laughed a lot tonight.", "", "Hard day; this helped."];

/**
 * Our evening check-in over six weeks, logged through the real operation on each evening's clock:
 * most evenings both of us, some only one, a few missed (so "kept K of N" and the gentle "does
 * this rhythm still fit us?" have something to say). Evenings are 20:50 in Berlin, 19:50 UTC. The
 * caller seeds them in story order: a check-in is logged against the rhythm agreed at the time.
 */
export async function seedCheckIns(agreementId: string, who: { a: RequestInfo; b: RequestInfo }, now: Date, daysAgo: { from: number; to: number }) {
  for (let days = daysAgo.from; days >= daysAgo.to; days--) {
    if (days % 6 === 0 || days === 2) continue; // missed evenings
    const evening = new Date(now.getTime() - days * DAY);
    evening.setUTCHours(19, 50, 0, 0);
    const log = async (request: RequestInfo, minutes: number, feeling: number, note: string) => {
      const at = new Date(evening.getTime() + minutes * 60_000);
      const result = await executeOperation(logCheckInOp, { agreementId, feeling, note }, { ...request, clock: () => at });
      if (!result.ok) throw new Error(`demo seed: check-in ${days} days ago failed: ${result.error}`);
    };
    await log(who.a, 0, 3 + (days % 3), "");
    if (days % 4 !== 0) await log(who.b, 12, 3 + ((days + 1) % 3), NOTES[days % NOTES.length]!);
  }
}
