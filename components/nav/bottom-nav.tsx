"use client";

import { usePathname } from "next/navigation";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";
import { startPauseNow } from "@/lib/pause/client/intents";
import { IntentLink } from "./intent-link";

const items = [
  { href: "/today", label: "today", icon: "M3 11.5 12 4l9 7.5V20a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z" },
  { href: "/agreements", label: "agreements", icon: "M7 4h10a2 2 0 0 1 2 2v14l-4-3-3 3-3-3-4 3V6a2 2 0 0 1 2-2zm2 5h6m-6 4h4" },
  // Looking back lives here: our timeline, and the weekly review with its past reviews (/review).
  { href: "/history", label: "history", icon: "M12 8v4l3 2m6-2a9 9 0 1 1-3-6.7M21 4v4h-4", also: ["/review"] },
  { href: "/me", label: "me", icon: "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-8 8a8 8 0 0 1 16 0" },
] as const satisfies readonly { href: string; label: KeyIn<"nav">; icon: string; also?: readonly string[] }[];

// A circle at normal text sizes; with larger text or longer words it grows taller rather than spill.
const pauseButtonClass =
  "-mt-6 flex min-h-18 w-18 shrink-0 flex-col items-center justify-center rounded-full border-4 border-canvas bg-calm px-1 text-center text-sm leading-tight font-semibold text-canvas shadow-md [overflow-wrap:anywhere]";

function PauseIcon() {
  return (
    <svg aria-hidden viewBox="0 0 24 24" className="size-6" fill="currentColor">
      <rect x="6" y="5" width="4" height="14" rx="1.5" />
      <rect x="14" y="5" width="4" height="14" rx="1.5" />
    </svg>
  );
}

function Icon({ d }: { d: string }) {
  return (
    <svg aria-hidden viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round">
      <path d={d} />
    </svg>
  );
}

/**
 * Four destinations with the Pause button in the middle, always one thumb away: in an active
 * couple it starts the pause on the spot (the overlay shows the countdown on whatever screen).
 * `badges` shows how many things wait for me (never a score, never red).
 */
export function BottomNav({
  badges = {},
  pauseMinutes,
  words,
}: {
  badges?: Partial<Record<(typeof items)[number]["href"], number>>;
  /** Set when a pause can start right here (an active couple): one tap starts it, no page change needed. */
  pauseMinutes?: number;
  words: Words<KeyIn<"nav">>;
}) {
  const pathname = usePathname();
  const t = wordsT(words);
  const link = (item: (typeof items)[number]) => {
    const prefixes: readonly string[] = [item.href, ...("also" in item ? item.also : [])];
    const active = prefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`));
    const count = badges[item.href] ?? 0;
    return (
      <IntentLink
        key={item.href}
        href={item.href}
        aria-current={active ? "page" : undefined}
        className={`relative flex min-h-14 min-w-0 flex-1 flex-col items-center justify-center gap-0.5 rounded-xl text-xs font-medium ${active ? "text-accent" : "text-muted"}`}
      >
        <Icon d={item.icon} />
        <span className="max-w-full text-center leading-tight tracking-tight [overflow-wrap:anywhere] max-[380px]:text-[11px]">{t(item.label)}</span>
        {count > 0 ? (
          <span
            data-testid={`badge-${item.label}`}
            aria-label={t("waiting", { count })}
            className="absolute top-1 right-[calc(50%-1.4rem)] min-w-5 rounded-full bg-calm px-1.5 text-center text-[11px] leading-5 font-semibold text-canvas"
          >
            {count}
          </span>
        ) : null}
      </IntentLink>
    );
  };
  return (
    <nav aria-label={t("main")} className="fixed inset-x-0 bottom-0 z-20 border-t border-line bg-surface/95 pb-[env(safe-area-inset-bottom)] backdrop-blur">
      <div className="mx-auto flex max-w-md items-center gap-0.5 px-1 min-[380px]:gap-1 min-[380px]:px-2">
        {items.slice(0, 2).map(link)}
        {pauseMinutes ? (
          <button
            type="button"
            data-testid="nav-pause"
            onClick={() => void startPauseNow(pauseMinutes)}
            className={pauseButtonClass}
          >
            <PauseIcon />
            {t("pause")}
          </button>
        ) : (
          <IntentLink href="/pause" data-testid="nav-pause" aria-current={pathname === "/pause" ? "page" : undefined} className={pauseButtonClass}>
            <PauseIcon />
            {t("pause")}
          </IntentLink>
        )}
        {items.slice(2).map(link)}
      </div>
    </nav>
  );
}
