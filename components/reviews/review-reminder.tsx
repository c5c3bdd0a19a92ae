"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The banner's words, already in the reader's language (the layout words them: reminderWords). */
export type ReminderProps = { text: string; action: string; label: string } | null;

/**
 * A gentle in-app reminder on every signed-in screen when our weekly review is due or open (the
 * review screen itself and Today, which shows it its own way, leave it out). Re-read with the page
 * whenever the couple's data changes, so a partner's "Start" shows up here at once.
 */
export function ReviewReminder({ reminder }: { reminder: ReminderProps }) {
  const pathname = usePathname();
  if (!reminder || pathname.startsWith("/review") || pathname === "/today") return null;
  return (
    <aside aria-label={reminder.label} className="mb-4 flex items-center justify-between gap-3 rounded-2xl border border-calm bg-calm-soft py-2 pr-2 pl-4" data-testid="review-reminder">
      <p className="text-base">{reminder.text}</p>
      <Link href="/review" className="flex min-h-11 shrink-0 items-center rounded-xl bg-calm px-4 font-semibold text-canvas">
        {reminder.action}
      </Link>
    </aside>
  );
}
