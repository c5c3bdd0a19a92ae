import { NEED_KEYS, type NeedKey } from "./constants";
import type { AgreementView } from "./queries";

export interface NeedRow {
  key: NeedKey;
  /** Our active NEED agreements naming this need ("why it matters to me"). */
  named: AgreementView[];
  /** Active agreements of other kinds that say they serve this need. */
  servedBy: AgreementView[];
}

export interface NeedsMap {
  rows: NeedRow[];
  /** Needs we put in our own words (they can't be linked from other agreements yet). */
  ownWords: AgreementView[];
  /** Needs no active agreement serves yet, named ones first. */
  uncovered: NeedKey[];
}

/** Each need → the agreements serving it, from the couple's active agreements. Pure. */
export function buildNeedsMap(active: readonly AgreementView[]): NeedsMap {
  const current = active.filter((a) => a.status === "ACTIVE" && a.active);
  const rows = NEED_KEYS.map((key) => ({
    key,
    named: current.filter((a) => a.active!.content.kind === "NEED" && a.active!.content.need === key),
    servedBy: current.filter((a) => {
      const c = a.active!.content;
      return c.kind !== "NEED" && c.needs.includes(key);
    }),
  }));
  const uncovered = rows.filter((r) => r.servedBy.length === 0).sort((x, y) => Number(y.named.length > 0) - Number(x.named.length > 0)).map((r) => r.key);
  const ownWords = current.filter((a) => a.active!.content.kind === "NEED" && a.active!.content.need === "OTHER");
  return { rows, ownWords, uncovered };
}
