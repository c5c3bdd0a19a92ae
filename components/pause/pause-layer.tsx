import { getMember } from "@/lib/auth/guard";
import { getPauseState } from "@/lib/pause/queries";
import { PauseOverlay } from "./pause-overlay";

/** Server part of the global pause overlay: the state at render time, so a reload shows it at once. */
export async function PauseLayer() {
  const member = await getMember();
  if (!member?.couple || member.couple.endedAt) return null;
  const initial = await getPauseState(member.couple.id);
  return (
    <PauseOverlay
      initial={initial}
      viewer={{ userId: member.user.id, partnerName: member.couple.partner?.name ?? null, timeZone: member.user.timeZone }}
    />
  );
}
