"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";
import { watchQueuedPause } from "@/lib/pause/client/offline-pause";
import { bindPauseOwner, displayedPause, seedState } from "@/lib/pause/client/store";
import { clockTime, dayAndTime } from "@/lib/pause/format";
import { phaseAt, type PauseStatePayload } from "@/lib/pause/state";
import { ActivePause } from "./active-pause";
import { usePauseSnapshot, usePhase, useTalkReminder, type PauseViewer } from "./use-pause";

/** Asks a hidden pause screen to come back (the /pause page's "Back to our pause"). */
export const SHOW_PAUSE_EVENT = "steady:show-pause";

/**
 * Mounted once for every signed-in screen: whoever starts a pause, both phones show it wherever
 * they are, full screen. It can be hidden for a moment (a slim bar stays), and it is re-shown at zero.
 */
export function PauseOverlay({ initial, viewer, words }: { initial: PauseStatePayload | null; viewer: PauseViewer; words: Words<KeyIn<"pause">> }) {
  const t = wordsT(words);
  const { locale } = words;
  const snap = usePauseSnapshot();
  const pathname = usePathname();
  useEffect(() => seedState(initial), [initial]);
  // After the seed: what this phone kept wins when newer (a page opened offline is an old copy).
  useEffect(() => {
    bindPauseOwner(viewer.userId);
    watchQueuedPause();
  }, [viewer.userId]);
  const payload = snap.payload ?? initial;
  const pause = displayedPause({ ...snap, payload });
  const queued = !!pause && pause.id === "" && !snap.pending && !!snap.queued;
  const offset = snap.clock?.offset ?? 0;
  const phase = usePhase(pause, offset);
  const talkDue = useTalkReminder(pause, offset);
  const [hidden, setHidden] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const dialog = useRef<HTMLDivElement>(null);

  // The partner's phone buzzes once for a pause it didn't start (where the browser allows it).
  const seen = useRef(new Set(initial?.pause ? [initial.pause.id] : []));
  useEffect(() => {
    const p = payload?.pause;
    if (!p || seen.current.has(p.id)) return;
    seen.current.add(p.id);
    if (p.startedById !== viewer.userId && phaseAt(p, Date.now() + offset) === "counting") navigator.vibrate?.([200, 120, 200]);
  }, [payload, viewer.userId, offset]);

  const key = pause ? `${pause.id || "pending"}:${phase}` : null;
  useEffect(() => {
    const show = () => setHidden(null);
    window.addEventListener(SHOW_PAUSE_EVENT, show);
    return () => window.removeEventListener(SHOW_PAUSE_EVENT, show);
  }, []);
  const open = !!pause && (phase === "counting" || phase === "reconvene") && hidden !== key;
  useEffect(() => {
    if (open) dialog.current?.focus();
  }, [open, phase]);

  if (!pause) return null;
  if (phase === "counting" || phase === "reconvene") {
    if (!open) {
      return (
        <button
          type="button"
          onClick={() => setHidden(null)}
          data-testid="pause-bar"
          className="fixed inset-x-0 top-[var(--offline-banner-h,0px)] z-30 flex min-h-11 items-center justify-center gap-2 bg-calm px-4 text-sm font-semibold text-canvas"
        >
          {phase === "counting" ? t("overlay.barCounting", { time: clockTime(pause.endsAt - offset, viewer.timeZone, locale) }) : t("overlay.barReconvene")}
        </button>
      );
    }
    return (
      <div
        ref={dialog}
        tabIndex={-1}
        role="dialog"
        aria-modal="true"
        aria-label={phase === "counting" ? t("label") : t("reconvene.heading")}
        // Focus moves here so screen readers land in the pause; no ring around the whole screen.
        style={{ outline: "none" }}
        // Below the offline banner when it shows (components/pwa/offline-banner.tsx).
        className="fixed inset-x-0 top-[var(--offline-banner-h,0px)] bottom-0 z-40 overflow-y-auto bg-canvas"
      >
        <ActivePause
          pause={pause}
          phase={phase}
          plan={payload?.plan ?? null}
          viewer={viewer}
          offset={offset}
          pending={snap.pending}
          queued={queued}
          onHide={() => key && setHidden(key)}
          t={t}
          locale={locale}
        />
      </div>
    );
  }
  // The moment we set to talk: a gentle reminder on every open screen, until dismissed.
  if (talkDue && dismissed !== `talk:${pause.id}`) {
    return (
      <div
        role="status"
        data-testid="talk-reminder"
        className="fixed inset-x-3 bottom-28 z-30 mx-auto flex max-w-md items-center gap-3 rounded-2xl border border-calm bg-calm-soft px-4 py-3 text-base text-ink shadow-md"
      >
        <span className="flex-1">{t("overlay.talkDue", { time: clockTime(pause.reconveneAt! - offset, viewer.timeZone, locale) })}</span>
        <button type="button" onClick={() => setDismissed(`talk:${pause.id}`)} className="min-h-11 px-2 font-semibold text-calm">
          {t("ok")}
        </button>
      </div>
    );
  }
  // A recent outcome, shown once on other screens (the pause page shows it itself).
  if (phase === "ended" && pathname !== "/pause" && dismissed !== pause.id) {
    const text =
      pause.reconveneChoice === "SCHEDULE" && pause.reconveneAt
        ? t("overlay.talkAt", { when: dayAndTime(pause.reconveneAt - offset, viewer.timeZone, locale) })
        : t("overlay.ready", { who: pause.endedById === viewer.userId ? "me" : "partner", partner: viewer.partnerName ?? t("YourPartner") });
    return (
      <div
        role="status"
        data-testid="pause-outcome-bar"
        className="fixed inset-x-3 bottom-28 z-30 mx-auto flex max-w-md items-center gap-3 rounded-2xl border border-calm bg-calm-soft px-4 py-2 text-sm text-ink shadow-md"
      >
        <span className="flex-1">{text}</span>
        <button type="button" onClick={() => setDismissed(pause.id)} className="min-h-11 px-2 font-semibold text-calm">
          {t("ok")}
        </button>
      </div>
    );
  }
  return null;
}
