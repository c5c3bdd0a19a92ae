"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { WeekGlance as Glance } from "@/lib/reviews/glance-model";
import type { Outcome } from "@/lib/reviews/constants";
import type { useReview } from "@/lib/reviews/client/use-review";
import { currentItem, type ReviewView } from "@/lib/reviews/view";
import { ItemStep } from "./item-step";
import { OutcomeList } from "./outcome-list";
import type { ReviewPeople } from "./people";
import { SetAside } from "./set-aside";
import { WeekGlance } from "./week-glance";
import type { ReviewSay } from "./words";

interface Props {
  view: ReviewView;
  glance: Glance;
  people: ReviewPeople;
  send: ReturnType<typeof useReview>["send"];
  sync: () => Promise<void>;
  say: ReviewSay;
}

/**
 * The live session: the week at a glance, then one agreement per step, then the wrap-up. Both
 * phones show the step the server holds; either of us can go on (once an agreement is decided)
 * or back. Every answer comes back as the server's view, so nothing here guesses.
 */
export function ReviewSession({ view, glance, people, send, sync, say }: Props) {
  const { t } = say;
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const alone = view.mode === "ALONE";
  const item = currentItem(view);
  const last = view.items.length + 1;
  const total = last + 1;

  async function act<T>(run: () => Promise<{ ok: true; data: T } | { ok: false; error: string }>, then?: (data: T) => void) {
    setBusy(true);
    const result = await run();
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) then?.(result.data);
    return result;
  }
  const step = (to: number) => act(() => send("reviews.step", { reviewId: view.id, from: view.step, to }));
  const decide = (outcome: Outcome) =>
    act(
      () => send("reviews.decide", { reviewId: view.id, itemId: item!.id, outcome }),
      (data) => {
        if (data.href) router.push(data.href);
      },
    );
  const rate = async (rating: number, note: string) => {
    const result = await send("reviews.rate", { reviewId: view.id, itemId: item!.id, rating, note });
    setError(result.ok || result.fieldErrors ? null : result.error);
    return { ok: result.ok, fieldErrors: result.ok ? undefined : result.fieldErrors };
  };

  const canGoOn = view.step === 0 || (item ? !!item.outcome : false);
  return (
    <div className="flex flex-col gap-5" data-testid="review-session" data-step={view.step}>
      <header className="flex items-center justify-between gap-3">
        <p className="text-sm font-semibold text-muted" data-testid="review-progress">
          {t("session.stepOf", { n: view.step + 1, total })}
        </p>
        <p className="rounded-full bg-sunken px-3 py-1 text-sm font-medium">{alone ? t("session.aloneBadge") : t("session.togetherBadge", { partner: people.partnerName })}</p>
      </header>

      {view.step === 0 ? <WeekGlance glance={glance} say={say} /> : null}
      {item ? (
        <ItemStep key={item.id} item={item} alone={alone} people={people} deciding={busy} onRate={rate} onDecide={(o) => void decide(o)} onChanged={() => void sync()} say={say} />
      ) : null}
      {view.step === last ? (
        <section className="flex flex-col gap-3" data-testid="wrap-up">
          <h2 className="text-2xl font-semibold">{t("wrapUp.title")}</h2>
          <p className="text-muted">{t("wrapUp.intro")}</p>
          <OutcomeList items={view.items} say={say} />
          <Button type="button" disabled={busy} onClick={() => void act(() => send("reviews.finish", { reviewId: view.id }))} data-testid="finish-review">
            {t("wrapUp.finish")}
          </Button>
        </section>
      ) : null}

      {error ? (
        <Notice tone="error" testId="review-error">
          {error}
        </Notice>
      ) : null}

      <nav aria-label={t("session.steps")} className="grid grid-cols-2 gap-2">
        <Button type="button" variant="secondary" disabled={busy || view.step === 0} onClick={() => void step(view.step - 1)} data-testid="review-back">
          {t("session.back")}
        </Button>
        {view.step < last ? (
          <Button type="button" disabled={busy || !canGoOn} onClick={() => void step(view.step + 1)} data-testid="review-next">
            {view.step === 0 ? t("session.letsBegin") : t("session.next")}
          </Button>
        ) : null}
      </nav>
      {item && !item.outcome ? <p className="-mt-3 text-center text-sm text-muted">{t("session.decideFirst")}</p> : null}
      <SetAside t={t} disabled={busy} onConfirm={() => void act(() => send("reviews.setAside", { reviewId: view.id }))} />
    </div>
  );
}
