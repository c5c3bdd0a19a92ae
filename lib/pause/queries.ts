import { db, pageQuery, rawQuery } from "../db";
import { named, sql } from "../db/raw";
import { pauseColumns, pauseSelect, toPauseView, type PauseRow } from "./row";
import { activePauseRuleContent, planFromRuleContent } from "./rule";
import type { PauseStatePayload, PauseView } from "./state";

type StateRow = { [K in keyof PauseRow]: PauseRow[K] | null } & { ruleContent: unknown };

/**
 * The authoritative state for a couple: its latest pause (the open one if any, since a new start
 * always closes the previous one) and its pause plan. serverNow is taken before reading, so a client that
 * keeps the payload with the newest serverNow never lets an older read overwrite a newer change.
 * One statement (latest pause + active pause rule), on the driver directly: every socket that
 * connects or comes back asks for this.
 */
export async function getPauseState(coupleId: string, { forPage = false } = {}): Promise<PauseStatePayload> {
  const serverNow = Date.now();
  const rows = await (forPage ? pageQuery<StateRow> : rawQuery<StateRow>)(named("pause_state", sql`
    SELECT ${pauseColumns("p")}, r."content" AS "ruleContent"
    FROM (SELECT 1) AS one
    LEFT JOIN LATERAL (
      SELECT * FROM "Pause" WHERE "coupleId" = ${coupleId} ORDER BY "startedAt" DESC LIMIT 1
    ) AS p ON true
    LEFT JOIN LATERAL (${activePauseRuleContent(coupleId)}) AS r ON true`));
  const row = rows[0];
  const pause = row?.id ? toPauseView(row as PauseRow) : null;
  return { pause, plan: planFromRuleContent(row?.ruleContent), serverNow };
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
