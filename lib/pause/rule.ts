import { RECONVENE_LABELS } from "../agreements/describe";
import { getActivePauseRule } from "../agreements/queries";
import { parseContent } from "../agreements/schemas";
import { DEFAULT_PAUSE_MINUTES } from "./schemas";
import type { PausePlan } from "./state";

/** The couple's agreed pause (their active pause rule), or 10 minutes when they have none yet. */
export async function pausePlanFor(coupleId: string): Promise<PausePlan> {
  const rule = await getActivePauseRule(coupleId);
  if (!rule) return { minutes: DEFAULT_PAUSE_MINUTES, reconvene: null, during: null, fromAgreement: false };
  return { minutes: rule.minutes, reconvene: RECONVENE_LABELS[rule.reconvene], during: rule.during || null, fromAgreement: true };
}

/** The plan from a pause rule's stored content (already read in the same query as the pause). */
export function planFromRuleContent(stored: unknown): PausePlan {
  // jsonb arrives parsed from pg; some drivers hand it over as text.
  const content: unknown = typeof stored === "string" ? JSON.parse(stored) : stored;
  if (content === null || content === undefined) return { minutes: DEFAULT_PAUSE_MINUTES, reconvene: null, during: null, fromAgreement: false };
  const rule = parseContent("PAUSE_RULE", content);
  if (rule.kind !== "PAUSE_RULE") throw new Error("not a pause rule");
  return { minutes: rule.minutes, reconvene: RECONVENE_LABELS[rule.reconvene], during: rule.during || null, fromAgreement: true };
}
