import type { Member } from "@/lib/auth/member";
import type { PauseStatePayload } from "@/lib/pause/state";
import { PauseOverlay } from "./pause-overlay";

/** Server part of the global pause overlay: the state at render time, so a reload shows it at once. */
export function PauseLayer({ member, initial }: { member: Member; initial: PauseStatePayload | null }) {
  if (!member.couple || member.couple.endedAt || !initial) return null;
  return (
    <PauseOverlay
      initial={initial}
      viewer={{ userId: member.user.id, partnerName: member.couple.partner?.name ?? null, timeZone: member.user.timeZone }}
    />
  );
}
