"use client";

import { useState } from "react";
import type { Outcome } from "@/lib/reviews/constants";
import type { ItemView } from "@/lib/reviews/view";
import { DecisionChoices, DecisionOutcome } from "./decision";
import type { ReviewPeople } from "./people";
import { RatingCard, RatingPair } from "./rating-pair";
import { RatingForm, type RatingFormResult } from "./rating-form";
import type { ReviewSay } from "./words";

interface Props {
  item: ItemView;
  alone: boolean;
  people: ReviewPeople;
  deciding: boolean;
  onRate: (rating: number, note: string) => Promise<RatingFormResult>;
  onDecide: (outcome: Outcome) => void;
  onChanged: () => void;
  say: ReviewSay;
}

/**
 * One agreement: each of us rates it; while the other hasn't, we wait (our own rating can still
 * change); then both ratings appear together and we choose what to do with it.
 */
export function ItemStep({ item, alone, people, deciding, onRate, onDecide, onChanged, say }: Props) {
  const { t } = say;
  const [editing, setEditing] = useState(false);
  const revealed = alone ? !!item.mine : !!item.mine && !!item.partner;
  const waiting = !alone && !!item.mine && !item.partner;
  return (
    <article className="flex flex-col gap-5" data-testid="review-item" aria-labelledby={`item-${item.id}`}>
      <header className="flex flex-col gap-1">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">{say.kinds[item.kind]}</p>
        <h2 id={`item-${item.id}`} className="text-2xl font-semibold break-words">
          {say.title(item.title)}
        </h2>
      </header>

      {!item.mine || editing ? (
        <>
          {!alone && item.partnerHasRated && !item.mine ? <p className="text-base text-muted">{t("rating.partnerReady", { partner: people.partnerName })}</p> : null}
          <RatingForm
            initial={item.mine}
            t={t}
            onSubmit={async (rating, note) => {
              const result = await onRate(rating, note);
              if (result.ok) setEditing(false);
              return result;
            }}
          />
        </>
      ) : null}

      {waiting && !editing ? (
        <section className="flex flex-col gap-3" data-testid="waiting" aria-live="polite">
          <p className="text-lg font-semibold">{t("rating.waitingFor", { partner: people.partnerName })}</p>
          <p className="text-muted">{t("rating.waitingHint", { partner: people.partnerName })}</p>
          <RatingCard who={t("people.me")} rating={item.mine!} t={t} />
          {!item.outcome ? (
            <button type="button" className="min-h-11 self-start text-accent underline underline-offset-4" onClick={() => setEditing(true)}>
              {t("rating.change")}
            </button>
          ) : null}
        </section>
      ) : null}

      {revealed && item.mine ? (
        <section aria-labelledby={`ratings-${item.id}`} className="flex flex-col gap-2" data-testid="ratings" aria-live="polite">
          <h3 id={`ratings-${item.id}`} className="text-lg font-semibold">
            {alone ? t("rating.mineAlone") : t("rating.both")}
          </h3>
          <RatingPair mine={item.mine} partner={alone ? null : item.partner} meLabel={t("people.me")} partnerLabel={people.partnerName} t={t} />
        </section>
      ) : null}

      {revealed && !item.outcome ? <DecisionChoices alone={alone} pending={deciding} onDecide={onDecide} t={t} /> : null}
      {item.outcome ? <DecisionOutcome item={item} people={people} onChanged={onChanged} t={t} /> : null}
    </article>
  );
}
