"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";
import { startPauseNow } from "@/lib/pause/client/intents";
import { bindPauseOwner, displayedPause, pauseStore, seedState } from "@/lib/pause/client/store";
import { dayAndTime } from "@/lib/pause/format";
import { PAUSE_SHORTCUT_PARAM } from "@/lib/pause/constants";
import { phaseAt, type PauseStatePayload } from "@/lib/pause/state";
import { SHOW_PAUSE_EVENT } from "./pause-overlay";
import { usePauseSnapshot, usePhase, type PauseViewer } from "./use-pause";

/** The pause page's island: one huge button (one tap, nothing to confirm) and the latest outcome. */
export function StartPause({ initial, viewer, words }: { initial: PauseStatePayload; viewer: PauseViewer; words: Words<KeyIn<"pause">> }) {
  const t = wordsT(words);
  const snap = usePauseSnapshot();
  useEffect(() => seedState(initial), [initial]);
  const payload = snap.payload ?? initial;
  const pause = displayedPause({ ...snap, payload });
  const offset = snap.clock?.offset ?? 0;
  const phase = usePhase(pause, offset);
  const minutes = payload.plan.minutes;

  // The home-screen shortcut (/pause?start=1): one tap starts the pause, or opens the running one.
  // Nothing happens on the server for a GET (a prefetch or a crawler starts nothing); here, the
  // marker leaves the address before the tap is made, so a reload, Back or a restored tab cannot
  // start a second pause. The tap is the same `pause.start` as the button (offline: queued).
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (params.get(PAUSE_SHORTCUT_PARAM) !== "1") return;
    params.delete(PAUSE_SHORTCUT_PARAM);
    window.history.replaceState(null, "", `${window.location.pathname}${params.size ? `?${params}` : ""}`);
    seedState(initial);
    bindPauseOwner(viewer.userId);
    const now = pauseStore.getSnapshot();
    const current = displayedPause({ ...now, payload: now.payload ?? initial });
    const running = current && ["counting", "reconvene"].includes(phaseAt(current, Date.now() + (now.clock?.offset ?? 0)));
    if (running) window.dispatchEvent(new Event(SHOW_PAUSE_EVENT));
    else void startPauseNow(initial.plan.minutes);
    // Once per page load, with the state it was rendered with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (pause && (phase === "counting" || phase === "reconvene")) {
    return (
      <div className="flex flex-col items-center gap-4 py-10 text-center">
        <p className="text-lg text-muted">{phase === "counting" ? t("start.counting") : t("start.reconvene")}</p>
        <Button onClick={() => window.dispatchEvent(new Event(SHOW_PAUSE_EVENT))}>{t("start.back")}</Button>
      </div>
    );
  }

  let outcome: string | null = null;
  if (pause && phase === "ended") {
    outcome =
      pause.reconveneChoice === "SCHEDULE" && pause.reconveneAt
        ? t("start.talkAt", { when: dayAndTime(pause.reconveneAt - offset, viewer.timeZone, words.locale) })
        : t("start.ready");
  }

  return (
    <div className="flex flex-col items-center gap-6 pt-4 text-center">
      {outcome ? (
        <p role="status" data-testid="pause-outcome" className="w-full rounded-2xl bg-calm-soft px-4 py-3 text-base text-ink">
          {outcome}
        </p>
      ) : null}
      <h1 className="text-2xl font-semibold text-ink">{t("start.heading")}</h1>
      <button
        type="button"
        data-testid="start-pause"
        onClick={() => void startPauseNow(minutes)}
        className="flex aspect-square w-[min(72vw,18rem)] flex-col items-center justify-center gap-2 rounded-full bg-calm text-canvas shadow-lg ring-8 ring-calm-soft transition-transform active:scale-95"
      >
        <svg aria-hidden viewBox="0 0 24 24" className="size-14" fill="currentColor">
          <rect x="6" y="5" width="4" height="14" rx="1.5" />
          <rect x="14" y="5" width="4" height="14" rx="1.5" />
        </svg>
        <span className="text-3xl font-semibold">{t("start.button")}</span>
      </button>
      <p className="max-w-xs text-base text-muted">{t("start.hint", { minutes, partner: viewer.partnerName ?? t("YourPartner") })}</p>
    </div>
  );
}
