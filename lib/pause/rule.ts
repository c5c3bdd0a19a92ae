import { reconveneLabel } from "../agreements/describe";
import { parseContent } from "../agreements/schemas";
import { sql, type RawStatement } from "../db/raw";
import { DEFAULT_PAUSE_MINUTES } from "./constants";
import type { PausePlan } from "./state";

/**
 * The one lookup of "our active pause rule": the content of the couple's active PAUSE_RULE
 * agreement's active version, both rows checked to be this couple's. Every statement that needs
 * the rule (start, end, state) uses it as a subquery; the database allows at most one.
 */
export function activePauseRuleContent(coupleId: string): RawStatement {
  return sql`SELECT v."content" FROM "Agreement" a
    JOIN "AgreementVersion" v ON v."id" = a."activeVersionId" AND v."coupleId" = a."coupleId"
    WHERE a."coupleId" = ${coupleId} AND a."kind" = 'PAUSE_RULE' AND a."status" = 'ACTIVE'
    LIMIT 1`;
}

/**
 * The couple's agreed pause from their active pause rule's stored content (read in the same
 * statement as the pause), or the default length when they have none yet.
 */
export function planFromRuleContent(content: unknown): PausePlan {
  if (content === null || content === undefined) {
    return { minutes: DEFAULT_PAUSE_MINUTES, reconvene: null, reconveneWay: null, during: null, fromAgreement: false };
  }
  const rule = parseContent("PAUSE_RULE", content);
  if (rule.kind !== "PAUSE_RULE") throw new Error("not a pause rule");
  return { minutes: rule.minutes, reconvene: reconveneLabel(rule.reconvene), reconveneWay: rule.reconvene, during: rule.during || null, fromAgreement: true };
}
