"use client";

import { useState } from "react";
import { KIND_LABELS } from "@/lib/agreements/kind-labels";
import type { Outcome } from "@/lib/reviews/constants";
import type { ItemView } from "@/lib/reviews/view";
import { REVIEW_COPY } from "./copy";
import { DecisionChoices, DecisionOutcome } from "./decision";
import type { ReviewPeople } from "./people";
import { RatingCard, RatingPair } from "./rating-pair";
import { RatingForm, type RatingFormResult } from "./rating-form";

interface Props {
  item: ItemView;
  alone: boolean;
  people: ReviewPeople;
  deciding: boolean;
  onRate: (rating: number, note: string) => Promise<RatingFormResult>;
  onDecide: (outcome: Outcome) => void;
  onChanged: () => void;
}

/**
 * One agreement: each of us rates it; while the other hasn't, we wait (our own rating can still
 * change); then both ratings appear together and we choose what to do with it.
 */
export function ItemStep({ item, alone, people, deciding, onRate, onDecide, onChanged }: Props) {
  const [editing, setEditing] = useState(false);
  const revealed = alone ? !!item.mine : !!item.mine && !!item.partner;
  const waiting = !alone && !!item.mine && !item.partner;
  return (
    <article className="flex flex-col gap-5" data-testid="review-item" aria-labelledby={`item-${item.id}`}>
      <header className="flex flex-col gap-1">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">{KIND_LABELS[item.kind].one}</p>
        <h2 id={`item-${item.id}`} className="text-2xl font-semibold break-words">
          {item.title}
        </h2>
      </header>

      {!item.mine || editing ? (
        <>
          {!alone && item.partnerHasRated && !item.mine ? <p className="text-base text-muted">{REVIEW_COPY.partnerReady(people.partnerName)}</p> : null}
          <RatingForm
            initial={item.mine}
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
          <p className="text-lg font-semibold">{REVIEW_COPY.waitingFor(people.partnerName)}</p>
          <p className="text-muted">{REVIEW_COPY.waitingHint(people.partnerName)}</p>
          <RatingCard who={REVIEW_COPY.you} rating={item.mine!} />
          {!item.outcome ? (
            <button type="button" className="min-h-11 self-start text-accent underline underline-offset-4" onClick={() => setEditing(true)}>
              {REVIEW_COPY.changeRating}
            </button>
          ) : null}
        </section>
      ) : null}

      {revealed && item.mine ? (
        <section aria-labelledby={`ratings-${item.id}`} className="flex flex-col gap-2" data-testid="ratings" aria-live="polite">
          <h3 id={`ratings-${item.id}`} className="text-lg font-semibold">
            {alone ? REVIEW_COPY.myRatingAlone : REVIEW_COPY.bothRatings}
          </h3>
          <RatingPair mine={item.mine} partner={alone ? null : item.partner} meLabel={REVIEW_COPY.you} partnerLabel={people.partnerName} />
        </section>
      ) : null}

      {revealed && !item.outcome ? <DecisionChoices alone={alone} pending={deciding} onDecide={onDecide} /> : null}
      {item.outcome ? <DecisionOutcome item={item} people={people} onChanged={onChanged} /> : null}
    </article>
  );
}
