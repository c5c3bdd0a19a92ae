"use client";

import { useLayoutEffect, useRef } from "react";
import { usePauseSnapshot } from "@/components/pause/use-pause";
import { Button } from "@/components/ui/button";
import { startPauseNow } from "@/lib/pause/client/intents";
import { DEFAULT_PAUSE_MINUTES } from "@/lib/pause/constants";
import { dismissQueueOutcome } from "@/lib/pause/client/store";
import { clockTime } from "@/lib/pause/format";
import { useOnline } from "@/lib/pwa/client/use-online";
import { wordsT, type Words } from "@/lib/i18n/words";
import type { KeyIn } from "@/lib/i18n/keys";

/**
 * The honest strip at the top of every signed-in screen while offline: we're offline, what you
 * see is this phone's last copy, a pause still works (and when it will reach the partner), and
 * nothing else can be saved. Back online, it says what became of a pause tapped offline.
 * Its height is published as --offline-banner-h so the fixed pause screen starts below it.
 */
export function OfflineBanner({ partnerName, timeZone, canPause, words }: { partnerName: string | null; timeZone: string; canPause: boolean; words: Words<KeyIn<"pwa">> }) {
  const t = wordsT(words);
  const online = useOnline();
  const snap = usePauseSnapshot();
  const bar = useRef<HTMLDivElement>(null);
  const partner = partnerName ?? t("yourPartner");
  const outcome = online ? snap.queueOutcome : null;
  const shown = !online || outcome !== null;

  useLayoutEffect(() => {
    const root = document.documentElement;
    const el = bar.current;
    if (!shown || !el) {
      root.style.removeProperty("--offline-banner-h");
      return;
    }
    const publish = () => root.style.setProperty("--offline-banner-h", `${el.offsetHeight}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty("--offline-banner-h");
    };
  }, [shown]);

  if (!shown) return null;
  const at = outcome ? clockTime(outcome.tappedAt - (snap.clock?.offset ?? 0), timeZone) : "";
  return (
    <>
      <div aria-hidden className="h-[var(--offline-banner-h,0px)] print:hidden" />
      <div
        ref={bar}
        role="status"
        data-testid={online ? "queue-outcome" : "offline-banner"}
        data-outcome={outcome?.kind}
        className="fixed inset-x-0 top-0 z-50 border-b border-calm bg-calm-soft pt-[env(safe-area-inset-top)] text-ink print:hidden"
      >
        <div className="mx-auto flex max-w-md flex-col gap-1 px-4 py-2 text-sm">
          {!online ? (
            <>
              <p className="text-base font-semibold">{t("banner.offline")}</p>
              <p>
                {t("banner.showing")} {canPause ? t("banner.pause", { partner }) : null} {t("banner.nothingElse")}
              </p>
            </>
          ) : outcome ? (
            <>
              <p className="text-base">
                {outcome.kind === "sent"
                  ? t("queued.sent", { partner, at })
                  : outcome.kind === "stale"
                    ? t("queued.stale", { partner, at })
                    : outcome.kind === "meanwhile"
                      ? t("queued.meanwhile", { partner })
                      : t("queued.refused", { at, error: outcome.error })}
              </p>
              <div className="flex justify-end gap-2">
                {outcome.kind === "stale" && canPause ? (
                  <Button
                    className="min-h-11 px-4 text-sm"
                    onClick={() => {
                      dismissQueueOutcome();
                      void startPauseNow(snap.payload?.plan.minutes ?? DEFAULT_PAUSE_MINUTES);
                    }}
                  >
                    {t("queued.startNow")}
                  </Button>
                ) : null}
                <Button variant="secondary" className="min-h-11 px-4 text-sm" onClick={dismissQueueOutcome}>
                  {t("queued.ok")}
                </Button>
              </div>
            </>
          ) : null}
        </div>
      </div>
    </>
  );
}
