import type { Member } from "@/lib/auth/member";
import { clientWords } from "@/lib/i18n/server";
import type { PauseStatePayload } from "@/lib/pause/state";
import { PauseOverlay } from "./pause-overlay";

/** Server part of the global pause overlay: the state at render time, so a reload shows it at once. */
export async function PauseLayer({ member, initial }: { member: Member; initial: PauseStatePayload | null }) {
  if (!member.couple || member.couple.endedAt || !initial) return null;
  // Only the words the pause screen says (not the page's history, nor the server's refusals).
  const words = await clientWords("pause", ["label", "hide", "yourPartner", "YourPartner", "getHelp", "tryAgain", "close", "ok", "counting", "countdown", "breathing", "plan", "prompts", "corner", "reconvene", "overlay"]);
  return (
    <PauseOverlay
      initial={initial}
      viewer={{ userId: member.user.id, partnerName: member.couple.partner?.name ?? null, timeZone: member.user.timeZone }}
      words={words}
    />
  );
}
