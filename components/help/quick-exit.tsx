"use client";

import { quickExit } from "@/lib/help/quick-exit";

/**
 * One tap to a neutral site, leaving no trace of this page in the tab's history (lib/help/quick-exit).
 * `floating` pins it near the top right, clear of the pause bar and above the pause's reminders
 * (below the pause screen itself); otherwise it sits where it is placed.
 */
export function QuickExitButton({ label, floating = false, className = "" }: { /** "Quick exit", in the reader's words. */ label: string; floating?: boolean; className?: string }) {
  return (
    <button
      type="button"
      onClick={() => quickExit()}
      data-testid="quick-exit"
      className={`${floating ? "fixed top-[calc(3.5rem+env(safe-area-inset-top))] right-3 z-[35] shadow-md" : ""} inline-flex min-h-11 items-center gap-1.5 rounded-full border border-line bg-surface px-4 text-sm font-semibold text-ink ${className}`}
    >
      <svg aria-hidden viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
        <path d="M15 4h4v16h-4M10 8l-4 4 4 4M6 12h10" />
      </svg>
      {label}
    </button>
  );
}
