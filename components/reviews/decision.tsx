"use client";

import { useState } from "react";
import { Button, LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { runOperation } from "@/lib/operations/client/run-operation";
import { OUTCOMES, reviseHref, type Outcome } from "@/lib/reviews/constants";
import type { ItemView } from "@/lib/reviews/view";
import { REVIEW_COPY } from "./copy";
import { nameOf, type ReviewPeople } from "./people";

/** Keep, revise or retire: three choices, each saying what it does. */
export function DecisionChoices({ alone, pending, onDecide }: { alone: boolean; pending: boolean; onDecide: (outcome: Outcome) => void }) {
  return (
    <section aria-labelledby="decide-heading" className="flex flex-col gap-2" data-testid="decision">
      <h3 id="decide-heading" className="text-lg font-semibold">
        {alone ? REVIEW_COPY.chooseAlone : REVIEW_COPY.choose}
      </h3>
      {OUTCOMES.map((outcome) => (
        <button
          key={outcome}
          type="button"
          disabled={pending}
          onClick={() => onDecide(outcome)}
          data-testid={`decide-${outcome.toLowerCase()}`}
          className="flex min-h-14 flex-col items-start justify-center rounded-2xl border border-line bg-surface px-4 py-2 text-left disabled:opacity-60"
        >
          <span className="text-base font-semibold">{REVIEW_COPY.outcomes[outcome].label}</span>
          <span className="text-sm text-muted">{REVIEW_COPY.outcomes[outcome].hint}</span>
        </button>
      ))}
    </section>
  );
}

/**
 * What was decided, and what follows from it: a change to write or to look at, a retirement that
 * still waits for a yes (answered right here, through the agreements' own consent flow).
 */
export function DecisionOutcome({ item, people, onChanged }: { item: ItemView; people: ReviewPeople; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const outcome = item.outcome!;
  const { pending, status } = item.agreement;
  const decider = nameOf(people, item.decidedById);
  const minePending = pending?.proposedById === people.meId;
  const answer = async (verb: "agreements.accept" | "agreements.decline") => {
    if (!pending) return;
    setBusy(true);
    const result = await runOperation(verb, { agreementId: item.agreementId, versionId: pending.versionId });
    setBusy(false);
    setError(result.ok ? null : result.error);
    onChanged();
  };
  let follow: React.ReactNode = null;
  if (outcome === "REVISE") {
    if (pending && pending.action === "CHANGE") {
      follow = minePending ? (
        <p>{REVIEW_COPY.reviseWaitingForPartner(people.partnerName)}</p>
      ) : (
        <>
          <p>{REVIEW_COPY.reviseWaitingForMe(nameOf(people, pending.proposedById))}</p>
          <LinkButton href={`/agreements/${item.agreementId}`} variant="secondary" data-testid="look-at-change">
            {REVIEW_COPY.lookAtIt}
          </LinkButton>
        </>
      );
    } else if (item.decidedById === people.meId && status === "ACTIVE") {
      follow = (
        <LinkButton href={reviseHref(item.agreementId)} data-testid="write-change">
          {REVIEW_COPY.reviseWrite}
        </LinkButton>
      );
    } else if (status === "ACTIVE") {
      follow = <p>{REVIEW_COPY.reviseWriting(decider)}</p>;
    }
  }
  if (outcome === "RETIRE") {
    if (status === "RETIRED") follow = <p>{REVIEW_COPY.retired}</p>;
    else if (pending?.action === "RETIRE" && minePending) follow = <p>{REVIEW_COPY.retireWaitingForPartner(people.partnerName)}</p>;
    else if (pending?.action === "RETIRE") {
      follow = (
        <>
          <p>{REVIEW_COPY.retireWaitingForMe(nameOf(people, pending.proposedById))}</p>
          <Button type="button" disabled={busy} onClick={() => void answer("agreements.accept")} data-testid="agree-retire">
            {REVIEW_COPY.retireAgree}
          </Button>
          <Button type="button" variant="secondary" disabled={busy} onClick={() => void answer("agreements.decline")}>
            {REVIEW_COPY.retireNotYet}
          </Button>
        </>
      );
    } else if (status === "ACTIVE") follow = <p>{REVIEW_COPY.retireDeclined}</p>;
  }
  return (
    <section className="flex flex-col gap-3 rounded-3xl border border-calm bg-calm-soft p-4" data-testid="decided" aria-live="polite">
      <p className="text-lg font-semibold">{REVIEW_COPY.decided[outcome]}</p>
      {follow}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </section>
  );
}
