"use client";

import { useState } from "react";
import { Button, LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { runOperation } from "@/lib/operations/client/run-operation";
import { OUTCOMES, reviseHref, type Outcome } from "@/lib/reviews/constants";
import type { ItemView } from "@/lib/reviews/view";
import { nameOf, type ReviewPeople } from "./people";
import type { ReviewT } from "./words";

/** Keep, revise or retire: three choices, each saying what it does. */
export function DecisionChoices({ alone, pending, onDecide, t }: { alone: boolean; pending: boolean; onDecide: (outcome: Outcome) => void; t: ReviewT }) {
  return (
    <section aria-labelledby="decide-heading" className="flex flex-col gap-2" data-testid="decision">
      <h3 id="decide-heading" className="text-lg font-semibold">
        {alone ? t("decide.chooseAlone") : t("decide.choose")}
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
          <span className="text-base font-semibold">{t(`decide.outcomes.${outcome}.label`)}</span>
          <span className="text-sm text-muted">{t(`decide.outcomes.${outcome}.hint`)}</span>
        </button>
      ))}
    </section>
  );
}

/**
 * What was decided, and what follows from it: a change to write or to look at, a retirement that
 * still waits for a yes (answered right here, through the agreements' own consent flow).
 */
export function DecisionOutcome({ item, people, onChanged, t }: { item: ItemView; people: ReviewPeople; onChanged: () => void; t: ReviewT }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const outcome = item.outcome!;
  const { pending, status } = item.agreement;
  const decider = nameOf(people, item.decidedById, t);
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
        <p>{t("decide.reviseWaitingForPartner", { name: people.partnerName })}</p>
      ) : (
        <>
          <p>{t("decide.reviseWaitingForMe", { name: nameOf(people, pending.proposedById, t) })}</p>
          <LinkButton href={`/agreements/${item.agreementId}`} variant="secondary" data-testid="look-at-change">
            {t("decide.lookAtIt")}
          </LinkButton>
        </>
      );
    } else if (item.decidedById === people.meId && status === "ACTIVE") {
      follow = (
        <LinkButton href={reviseHref(item.agreementId)} data-testid="write-change">
          {t("decide.reviseWrite")}
        </LinkButton>
      );
    } else if (status === "ACTIVE") {
      follow = <p>{t("decide.reviseWriting", { name: decider })}</p>;
    }
  }
  if (outcome === "RETIRE") {
    if (status === "RETIRED") follow = <p>{t("decide.retired")}</p>;
    else if (pending?.action === "RETIRE" && minePending) follow = <p>{t("decide.retireWaitingForPartner", { name: people.partnerName })}</p>;
    else if (pending?.action === "RETIRE") {
      follow = (
        <>
          <p>{t("decide.retireWaitingForMe", { name: nameOf(people, pending.proposedById, t) })}</p>
          <Button type="button" disabled={busy} onClick={() => void answer("agreements.accept")} data-testid="agree-retire">
            {t("decide.retireAgree")}
          </Button>
          <Button type="button" variant="secondary" disabled={busy} onClick={() => void answer("agreements.decline")}>
            {t("decide.retireNotYet")}
          </Button>
        </>
      );
    } else if (status === "ACTIVE") follow = <p>{t("decide.retireDeclined")}</p>;
  }
  return (
    <section className="flex flex-col gap-3 rounded-3xl border border-calm bg-calm-soft p-4" data-testid="decided" aria-live="polite">
      <p className="text-lg font-semibold">{t(`decide.decided.${outcome}`)}</p>
      {follow}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </section>
  );
}
