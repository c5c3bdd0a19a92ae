"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { useOperationForm } from "@/components/forms/use-operation-form";
import { Button, LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { LONG_TEXT } from "@/lib/agreements/constants";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";
import { TextArea } from "./controls";

interface Props {
  agreementId: string;
  versionId: string;
  /** "answer": I'm the one to say yes/no; "proposer": it's mine, waiting for my partner. */
  role: "answer" | "proposer";
  retiring: boolean;
  partnerName: string;
  words: Words<KeyIn<"agreements">>;
}

type Decision = "agreements.accept" | "agreements.decline" | "agreements.withdraw";

/** A one-button form naming the exact version it decides on; a stale answer refreshes the page. */
function useDecision(operation: Decision) {
  const router = useRouter();
  const form = useOperationForm(operation, () => router.refresh());
  const stale = form.result && !form.result.ok && form.result.code === "conflict";
  useEffect(() => {
    if (stale) router.refresh();
  }, [stale, router]);
  return form;
}

function Ids({ agreementId, versionId }: { agreementId: string; versionId: string }) {
  return (
    <>
      <input type="hidden" name="agreementId" value={agreementId} />
      <input type="hidden" name="versionId" value={versionId} />
    </>
  );
}

/** Accept / suggest something else / not this time — or, for the proposer, withdraw. */
export function DecisionPanel({ agreementId, versionId, role, retiring, partnerName, words }: Props) {
  const t = wordsT(words);
  const accept = useDecision("agreements.accept");
  const decline = useDecision("agreements.decline");
  const withdraw = useDecision("agreements.withdraw");
  const [declining, setDeclining] = useState(false);
  const error = accept.formError ?? decline.formError ?? withdraw.formError;
  const busy = accept.pending || decline.pending || withdraw.pending;
  const ids = { agreementId, versionId };
  let body: ReactNode;

  if (role === "proposer") {
    body = (
      <form onSubmit={withdraw.onSubmit}>
        <Ids {...ids} />
        <p className="mb-3 text-muted">{t("decision.waiting", { partner: partnerName })}</p>
        <Button type="submit" variant="secondary" className="w-full" disabled={busy}>
          {t("decision.withdraw")}
        </Button>
      </form>
    );
  } else {
    body = (
      <div className="flex flex-col gap-2">
        <form onSubmit={accept.onSubmit}>
          <Ids {...ids} />
          <Button type="submit" className="w-full" disabled={busy} data-testid="accept">
            {retiring ? t("decision.yesRetire") : t("decision.yes")}
          </Button>
        </form>
        <LinkButton href={`/agreements/${agreementId}/counter`} variant="secondary" className="w-full" data-testid="counter">
          {retiring ? t("decision.counterRetire") : t("decision.counter")}
        </LinkButton>
        {declining ? (
          <form onSubmit={decline.onSubmit} className="mt-2 flex flex-col gap-3 rounded-2xl bg-sunken p-3">
            <Ids {...ids} />
            <TextArea
              label={t("decision.reason", { partner: partnerName })}
              hint={t("decision.optional")}
              name="reason"
              rows={2}
              maxLength={LONG_TEXT}
              errors={decline.fieldErrors.reason}
            />
            <Button type="submit" variant="secondary" disabled={busy}>
              {t("decision.notThisTime")}
            </Button>
            <Button type="button" variant="quiet" onClick={() => setDeclining(false)}>
              {t("decision.keepThinking")}
            </Button>
          </form>
        ) : (
          <Button type="button" variant="quiet" onClick={() => setDeclining(true)}>
            {t("decision.notThisTimeOpen")}
          </Button>
        )}
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      {error ? <Notice tone={accept.result?.ok === false && accept.result.code === "conflict" ? "calm" : "error"}>{error}</Notice> : null}
      {body}
    </div>
  );
}
