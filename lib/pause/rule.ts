import { DEFAULT_PAUSE_MINUTES } from "./schemas";
import type { PausePlan } from "./state";

/**
 * The couple's agreed pause: minutes and how they reconvene. Until the agreements module
 * exports getActivePauseRule, every couple gets the default 10 minutes.
 */
export async function pausePlanFor(coupleId: string): Promise<PausePlan> {
  void coupleId;
  return { minutes: DEFAULT_PAUSE_MINUTES, reconvene: null, fromAgreement: false };
}
