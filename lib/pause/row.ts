import { trustedSql, type RawStatement } from "../db/raw";
import type { PauseView } from "./state";

/**
 * The pause row, defined once: Prisma reads select `pauseSelect`, the raw hot-path statements
 * select `pauseColumns(alias)`, and both map through `toPauseView`.
 */
const COLUMNS = [
  "id",
  "startedById",
  "startedAt",
  "endsAt",
  "minutes",
  "extensions",
  "partnerReadyAt",
  "endedAt",
  "endedById",
  "endReason",
  "reconveneChoice",
  "reconveneAt",
] as const;
// Enum columns are read as text, as Prisma returns them.
const ENUMS: ReadonlySet<string> = new Set(["endReason", "reconveneChoice"]);

type Column = (typeof COLUMNS)[number];

export const pauseSelect = Object.fromEntries(COLUMNS.map((c) => [c, true])) as { [K in Column]: true };

/** `p."id", …, p."endReason"::text AS "endReason"`: the row's columns for a raw statement. */
export function pauseColumns(alias: string): RawStatement {
  return trustedSql(COLUMNS.map((c) => (ENUMS.has(c) ? `${alias}."${c}"::text AS "${c}"` : `${alias}."${c}"`)).join(", "));
}

/** A pause row as Prisma or the raw hot path reads it: times as Dates, enums as text. */
export type PauseRow = {
  id: string;
  startedById: string | null;
  startedAt: Date;
  endsAt: Date;
  minutes: number;
  extensions: number;
  partnerReadyAt: Date | null;
  endedAt: Date | null;
  endedById: string | null;
  endReason: PauseView["endReason"];
  reconveneChoice: PauseView["reconveneChoice"];
  reconveneAt: Date | null;
};

const ms = (d: Date | null) => (d ? d.getTime() : null);

export function toPauseView(row: PauseRow): PauseView {
  return {
    id: row.id,
    startedById: row.startedById,
    startedAt: row.startedAt.getTime(),
    endsAt: row.endsAt.getTime(),
    minutes: row.minutes,
    extensions: row.extensions,
    partnerReadyAt: ms(row.partnerReadyAt),
    endedAt: ms(row.endedAt),
    endedById: row.endedById,
    endReason: row.endReason,
    reconveneChoice: row.reconveneChoice,
    reconveneAt: ms(row.reconveneAt),
  };
}

