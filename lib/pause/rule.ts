import { RECONVENE_LABELS } from "../agreements/describe";
import { parseContent } from "../agreements/schemas";
import { DEFAULT_PAUSE_MINUTES } from "./schemas";
import type { PausePlan } from "./state";

/**
 * The couple's agreed pause from their active pause rule's stored content (read in the same
 * statement as the pause), or 10 minutes when they have none yet.
 */
export function planFromRuleContent(content: unknown): PausePlan {
  if (content === null || content === undefined) return { minutes: DEFAULT_PAUSE_MINUTES, reconvene: null, during: null, fromAgreement: false };
  const rule = parseContent("PAUSE_RULE", content);
  if (rule.kind !== "PAUSE_RULE") throw new Error("not a pause rule");
  return { minutes: rule.minutes, reconvene: RECONVENE_LABELS[rule.reconvene], during: rule.during || null, fromAgreement: true };
}
