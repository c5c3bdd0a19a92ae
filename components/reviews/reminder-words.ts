import type { namespaceTranslator } from "@/lib/i18n/translate";
import type { ReviewNear } from "@/lib/reviews/queries";
import type { ReminderProps } from "./review-reminder";

type T = ReturnType<typeof namespaceTranslator<"review">>;

/**
 * The banner for a review that is due, or open and waiting for me (one the partner does alone asks
 * nothing of me; "soon" is for Today, not a banner), in the reader's words.
 */
export function reminderWords(
  t: T,
  near: ReviewNear | null,
  meId: string,
  partnerName: string,
): ReminderProps {
  const label = t("page.title");
  if (near?.kind === "due") return { text: t("reminder.due"), action: t("reminder.start"), label };
  if (near?.kind !== "open") return null;
  if (near.mode !== "TOGETHER" && near.startedById !== meId) return null;
  return near.startedById === meId
    ? { text: t("reminder.openMine"), action: t("reminder.continue"), label }
    : { text: t("reminder.open", { name: partnerName }), action: t("reminder.join"), label };
}
