import { db } from "../db";
import { planFromRuleContent } from "./rule";
import { pauseSelect, toPauseView, type PausePlan, type PauseStatePayload, type PauseView } from "./state";

/** The couple's latest pause (the open one if any: a new start always closes the previous one). */
export async function latestPause(coupleId: string): Promise<PauseView | null> {
  const row = await db.pause.findFirst({ where: { coupleId }, orderBy: { startedAt: "desc" }, select: pauseSelect });
  return row ? toPauseView(row) : null;
}

type StateRow = {
  id: string | null;
  startedById: string | null;
  startedAt: Date | string | null;
  endsAt: Date | string | null;
  minutes: number | null;
  extensions: number | null;
  partnerReadyAt: Date | string | null;
  endedAt: Date | string | null;
  endedById: string | null;
  endReason: PauseView["endReason"];
  reconveneChoice: PauseView["reconveneChoice"];
  reconveneAt: Date | string | null;
  ruleContent: unknown;
};

const date = (v: Date | string | null) => (v === null ? null : new Date(v));

/**
 * The authoritative state for a couple. serverNow is taken before reading, so a client that
 * keeps the payload with the newest serverNow never lets an older read overwrite a newer change.
 * One statement (latest pause + active pause rule): every socket that connects asks for this, and
 * thousands of connects through the query builder cost far more memory and time than one raw read.
 */
export async function getPauseState(coupleId: string, plan?: PausePlan): Promise<PauseStatePayload> {
  const serverNow = Date.now();
  const rows = await db.$queryRaw<StateRow[]>`
    SELECT p."id", p."startedById", p."startedAt", p."endsAt", p."minutes", p."extensions", p."partnerReadyAt",
           p."endedAt", p."endedById", p."endReason"::text AS "endReason", p."reconveneChoice"::text AS "reconveneChoice",
           p."reconveneAt", r."content" AS "ruleContent"
    FROM (SELECT 1) AS one
    LEFT JOIN LATERAL (
      SELECT * FROM "Pause" WHERE "coupleId" = ${coupleId} ORDER BY "startedAt" DESC LIMIT 1
    ) AS p ON true
    LEFT JOIN LATERAL (
      SELECT v."content" FROM "Agreement" a JOIN "AgreementVersion" v ON v."id" = a."activeVersionId"
      WHERE a."coupleId" = ${coupleId} AND a."kind" = 'PAUSE_RULE' AND a."status" = 'ACTIVE' LIMIT 1
    ) AS r ON true`;
  const row = rows[0];
  const pause =
    row?.id && row.startedAt && row.endsAt
      ? toPauseView({
          id: row.id,
          startedById: row.startedById,
          startedAt: new Date(row.startedAt),
          endsAt: new Date(row.endsAt),
          minutes: row.minutes ?? 0,
          extensions: row.extensions ?? 0,
          partnerReadyAt: date(row.partnerReadyAt),
          endedAt: date(row.endedAt),
          endedById: row.endedById,
          endReason: row.endReason,
          reconveneChoice: row.reconveneChoice,
          reconveneAt: date(row.reconveneAt),
        })
      : null;
  const ruleContent = typeof row?.ruleContent === "string" ? JSON.parse(row.ruleContent) : (row?.ruleContent ?? null);
  return { pause, plan: plan ?? planFromRuleContent(ruleContent), serverNow };
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
