"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { CORNER_WORDS, PauseCorner, type CornerCopy } from "@/components/journal/pause-corner";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { Locale } from "@/lib/i18n/config";
import type { KeyIn } from "@/lib/i18n/keys";
import type { WordsT } from "@/lib/i18n/words";
import { sendPauseIntent, startPauseNow } from "@/lib/pause/client/intents";
import { cancelQueuedPause } from "@/lib/pause/client/offline-pause";
import { setPending, type PendingStart } from "@/lib/pause/client/store";
import { UNDO_SHOWN_MS } from "@/lib/pause/constants";
import { clockTime } from "@/lib/pause/format";
import type { PausePhase, PausePlan, PauseView } from "@/lib/pause/state";
import { useWakeLock } from "@/lib/pause/client/use-wake-lock";
import { BreathingGuide } from "./breathing-guide";
import { Countdown } from "./countdown";
import { ReconveneChoices } from "./reconvene-choices";
import type { PauseViewer } from "./use-pause";

const PROMPTS = ["prompts.hurt", "prompts.need", "prompts.understand"] as const;

function cornerCopy(t: WordsT<KeyIn<"pause">>): CornerCopy {
  const words = Object.fromEntries(CORNER_WORDS.map((k) => [k, t(`corner.${k}`)])) as Omit<CornerCopy, "kinds">;
  return { ...words, kinds: { ACTIVITY: t("corner.kinds.ACTIVITY"), PERSON: t("corner.kinds.PERSON"), WORDS: t("corner.kinds.WORDS") } };
}

/** The calm full-screen pause: the countdown, the plan, a breath, and at zero the three choices. */
export function ActivePause({
  pause,
  phase,
  plan,
  viewer,
  offset,
  pending,
  queued = false,
  onHide,
  t,
  locale,
}: {
  pause: PauseView;
  phase: Extract<PausePhase, "counting" | "reconvene">;
  plan: PausePlan | null;
  viewer: PauseViewer;
  offset: number;
  pending: PendingStart | null;
  /** Tapped offline: counting here, sent when the network returns (lib/pause/client/offline-pause.ts). */
  queued?: boolean;
  onHide: () => void;
  t: WordsT<KeyIn<"pause">>;
  locale: Locale;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = pending !== null || queued || pause.startedById === viewer.userId;
  const partner = viewer.partnerName ?? t("yourPartner");
  const endsLocal = pause.endsAt - offset;
  const at = clockTime(endsLocal, viewer.timeZone, locale);
  useWakeLock(phase === "counting");

  // The undo offer disappears five seconds after the tap.
  const [undoOpen, setUndoOpen] = useState(() => mine && Date.now() + offset - pause.startedAt < UNDO_SHOWN_MS);
  useEffect(() => {
    if (!undoOpen) return;
    const left = UNDO_SHOWN_MS - (Date.now() + offset - pause.startedAt);
    const timer = setTimeout(() => setUndoOpen(false), Math.max(0, left));
    return () => clearTimeout(timer);
  }, [undoOpen, offset, pause.startedAt]);

  async function act(send: () => ReturnType<typeof sendPauseIntent>) {
    setBusy(true);
    setError(null);
    const res = await send();
    setBusy(false);
    if (!res.ok) setError(res.error);
  }

  const ref = { pauseId: pause.id };
  return (
    <div className="mx-auto flex min-h-full w-full max-w-md flex-col gap-6 px-5 pt-4 pb-10" data-testid="active-pause" data-phase={phase}>
      <div className="flex items-center justify-between">
        <span className="text-sm font-semibold tracking-wide text-calm uppercase">{t("label")}</span>
        <span className="flex items-center">
          <Link href="/help" prefetch={false} onClick={onHide} className="flex min-h-11 items-center px-2 text-sm text-muted underline underline-offset-4" data-testid="pause-get-help">
            {t("getHelp")}
          </Link>
          <button type="button" onClick={onHide} className="min-h-11 px-2 text-sm text-muted underline underline-offset-4" data-testid="pause-hide">
            {t("hide")}
          </button>
        </span>
      </div>

      {phase === "counting" ? (
        <>
          <header className="flex flex-col items-center gap-2 text-center">
            <h1 className="text-2xl font-semibold text-ink" data-testid="pause-heading">
              {mine ? t("counting.headingMine") : t("counting.headingPartner")}
            </h1>
            <p className="text-lg text-muted" data-testid="pause-message">
              {mine ? t("counting.messageMine", { time: at }) : t("counting.messagePartner", { time: at })}
            </p>
          </header>
          <Countdown endsAt={pause.endsAt} offset={offset} t={t} />

          {queued ? (
            <Notice tone="calm" testId="pause-queued">
              {t("counting.offlineWaiting", { partner })}
            </Notice>
          ) : pending?.status === "failed" ? (
            <Notice tone="error" testId="pause-send-error">
              <p>{pending.error ?? t("counting.unreachable", { partner })}</p>
              <div className="mt-3 flex gap-2">
                <Button onClick={() => void startPauseNow(plan?.minutes ?? pause.minutes, pending.key)}>{t("tryAgain")}</Button>
                <Button variant="secondary" onClick={() => setPending(null)}>
                  {t("close")}
                </Button>
              </div>
            </Notice>
          ) : pending ? (
            <p className="text-center text-sm text-muted" role="status">
              {t("counting.letting", { partner })}
            </p>
          ) : null}

          <div className="flex flex-col items-center gap-3">
            {mine && undoOpen && !pending ? (
              <Button
                variant="secondary"
                disabled={busy || (!pause.id && !queued)}
                onClick={() => (queued ? cancelQueuedPause() : void act(() => sendPauseIntent("pause.undo", ref)))}
              >
                {t("counting.undo")}
              </Button>
            ) : null}
            {mine && !pending ? (
              <>
                {pause.partnerReadyAt ? (
                  <p className="text-center text-base text-calm" data-testid="partner-ready">
                    {t("counting.partnerReady", { partner })}
                  </p>
                ) : null}
                <Button variant="quiet" disabled={busy} onClick={() => (queued ? cancelQueuedPause() : void act(() => sendPauseIntent("pause.end", ref)))}>
                  {t("counting.readyMine")}
                </Button>
              </>
            ) : null}
            {!mine ? (
              pause.partnerReadyAt ? (
                <p className="text-center text-base text-calm" data-testid="partner-ready">
                  {t("counting.toldPartner", { partner })}
                </p>
              ) : (
                <Button variant="quiet" disabled={busy} onClick={() => void act(() => sendPauseIntent("pause.markReady", ref))}>
                  {t("counting.readyToo")}
                </Button>
              )
            ) : null}
          </div>

          <BreathingGuide t={t} />

          <section className="rounded-3xl bg-surface p-5" aria-labelledby="pause-plan">
            <h2 id="pause-plan" className="text-base font-semibold">
              {t("plan.heading")}
            </h2>
            <p className="mt-1 text-base text-ink">{plan?.reconveneWay ? t(`plan.${plan.reconveneWay}`) : t("plan.default")}</p>
            {/* What we agreed to do is in our own words: never translated. */}
            {plan?.during ? <p className="mt-2 text-base text-muted">{t("plan.meanwhile", { during: plan.during })}</p> : null}
          </section>

          <section className="rounded-3xl bg-surface p-5" aria-labelledby="pause-prompts">
            <h2 id="pause-prompts" className="text-base font-semibold">
              {t("prompts.heading")}
            </h2>
            <ul className="mt-2 flex list-disc flex-col gap-2 pl-5 text-base text-muted">
              {PROMPTS.map((p) => (
                <li key={p}>{t(p)}</li>
              ))}
            </ul>
          </section>

          <PauseCorner onLeave={onHide} copy={cornerCopy(t)} />
        </>
      ) : (
        <>
          <header className="flex flex-col items-center gap-2 pt-6 text-center">
            <h1 className="text-3xl font-semibold text-ink" data-testid="pause-heading">
              {t("reconvene.heading")}
            </h1>
            <p className="text-lg text-muted">{t("reconvene.question")}</p>
          </header>
          <ReconveneChoices
            pause={pause}
            offset={offset}
            timeZone={viewer.timeZone}
            t={t}
            locale={locale}
            busy={busy}
            onChoose={(c) => void act(() => sendPauseIntent("pause.reconvene", { pauseId: pause.id, ...c }))}
          />
          {plan?.reconveneWay ? <p className="text-center text-base text-muted">{t("reconvene.agreed", { plan: t(`plan.${plan.reconveneWay}`) })}</p> : null}
        </>
      )}

      {error ? (
        <Notice tone="error" testId="pause-error">
          {error}
        </Notice>
      ) : null}
    </div>
  );
}
