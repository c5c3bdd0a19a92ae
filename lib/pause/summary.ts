import type { CoupleMember } from "../auth/member";
import type { PauseSummary } from "./outputs";
import { phaseAt, type PauseStatePayload } from "./state";

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The pause as a widget or a watch shows it, from the authoritative state at its serverNow:
 * the phase, the seconds left, who asked for it (as "me" or "partner", for the one reading) and
 * what we agreed happens at zero. Pure: the same state always reads the same.
 */
export function summarizePause(state: PauseStatePayload, member: CoupleMember): PauseSummary {
  const now = state.serverNow;
  const phase = phaseAt(state.pause, now);
  const p = phase === "idle" ? null : state.pause;
  const mine = p?.startedById === member.user.id;
  return {
    phase,
    pause: p
      ? {
          id: p.id,
          startedAt: iso(p.startedAt),
          endsAt: iso(p.endsAt),
          remainingSeconds: p.endedAt === null ? Math.max(0, Math.ceil((p.endsAt - now) / 1000)) : 0,
          startedBy: p.startedById === null ? null : mine ? "me" : "partner",
          startedByName: p.startedById === null ? null : mine ? member.user.name : (member.couple.partner?.name ?? null),
          partnerReady: p.partnerReadyAt !== null,
        }
      : null,
    atZero: state.plan,
    serverNow: iso(now),
  };
}
