"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { REVIEW_COPY } from "./copy";

export type ReminderProps =
  | { kind: "open"; startedByMe: boolean; partnerName: string }
  | { kind: "due" }
  | null;

/**
 * A gentle in-app reminder on every signed-in screen when our weekly review is due or open (the
 * review screen itself and Today, which shows it its own way, leave it out). Re-read with the page
 * whenever the couple's data changes, so a partner's "Start" shows up here at once.
 */
export function ReviewReminder({ reminder }: { reminder: ReminderProps }) {
  const pathname = usePathname();
  if (!reminder || pathname.startsWith("/review") || pathname === "/today") return null;
  const [text, action] =
    reminder.kind === "due"
      ? [REVIEW_COPY.bannerDue, REVIEW_COPY.bannerStart]
      : reminder.startedByMe
        ? [REVIEW_COPY.bannerOpenMine, REVIEW_COPY.bannerContinue]
        : [REVIEW_COPY.bannerOpen(reminder.partnerName), REVIEW_COPY.bannerJoin];
  return (
    <aside aria-label={REVIEW_COPY.title} className="mb-4 flex items-center justify-between gap-3 rounded-2xl border border-calm bg-calm-soft py-2 pr-2 pl-4" data-testid="review-reminder">
      <p className="text-base">{text}</p>
      <Link href="/review" className="flex min-h-11 shrink-0 items-center rounded-xl bg-calm px-4 font-semibold text-canvas">
        {action}
      </Link>
    </aside>
  );
}
