import { db } from "../db";
import { pausePlanFor } from "./rule";
import { pauseSelect, toPauseView, type PausePlan, type PauseStatePayload, type PauseView } from "./state";

/** The couple's latest pause (the open one if any: a new start always closes the previous one). */
export async function latestPause(coupleId: string): Promise<PauseView | null> {
  const row = await db.pause.findFirst({ where: { coupleId }, orderBy: { startedAt: "desc" }, select: pauseSelect });
  return row ? toPauseView(row) : null;
}

/**
 * The authoritative state for a couple. serverNow is taken before reading, so a client that
 * keeps the payload with the newest serverNow never lets an older read overwrite a newer change.
 */
export async function getPauseState(coupleId: string, plan?: PausePlan): Promise<PauseStatePayload> {
  const serverNow = Date.now();
  const [pause, resolvedPlan] = await Promise.all([latestPause(coupleId), plan ?? pausePlanFor(coupleId)]);
  return { pause, plan: resolvedPlan, serverNow };
}

/** Every pause the couple took, newest first (mistaken taps that were undone are left out). */
export async function listPauseHistory(coupleId: string, take = 50): Promise<PauseView[]> {
  const rows = await db.pause.findMany({
    where: { coupleId, OR: [{ endReason: null }, { endReason: { not: "UNDONE" } }] },
    orderBy: { startedAt: "desc" },
    take,
    select: pauseSelect,
  });
  return rows.map(toPauseView);
}
