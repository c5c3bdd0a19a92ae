"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { TextArea } from "@/components/agreements/controls";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { LONG_TEXT, SHORT_TEXT } from "@/lib/agreements/constants";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";
import { proposalHref } from "@/lib/journal/proposal";
import { runOperation } from "@/lib/operations/client/run-operation";

/**
 * "Turn this into a proposal": I write, here, only what I want my partner to read; the ordinary
 * proposal form opens with those words. Nothing of the entry travels, nor where the idea came from.
 */
type ActionWords = Words<KeyIn<"journal">>;

export function ProposeFromEntry({ suggestedTrigger, partnerName, words }: { suggestedTrigger: string; partnerName: string; words: ActionWords }) {
  const t = wordsT(words);
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [trigger, setTrigger] = useState(suggestedTrigger);
  const [response, setResponse] = useState("");
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)} data-testid="propose-open">
        {t("propose.open")}
      </Button>
    );
  }
  return (
    <form
      className="flex flex-col gap-4 rounded-3xl border border-line bg-surface p-5"
      data-testid="propose-from-entry"
      onSubmit={(e) => {
        e.preventDefault();
        router.push(proposalHref({ trigger, response }));
      }}
    >
      <h2 className="text-lg font-semibold">{t("propose.heading")}</h2>
      <Notice tone="calm">
        {t("propose.note", { partner: partnerName })}
      </Notice>
      <Field label={t("propose.trigger")} name="trigger" maxLength={SHORT_TEXT} value={trigger} onChange={(e) => setTrigger(e.currentTarget.value)} placeholder={t("propose.triggerExample")} />
      <TextArea
        label={t("propose.response")}
        hint={t("propose.responseHint")}
        name="response"
        maxLength={LONG_TEXT}
        value={response}
        onChange={(e) => setResponse(e.currentTarget.value)}
        placeholder={t("propose.responseExample")}
      />
      <div className="button-row">
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          {t("propose.notNow")}
        </Button>
        <Button type="submit">{t("propose.continue")}</Button>
      </div>
    </form>
  );
}

/** Two taps: deleting an entry can't be undone. */
export function DeleteEntry({ id, words }: { id: string; words: ActionWords }) {
  const t = wordsT(words);
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!confirming) {
    return (
      <Button variant="quiet" onClick={() => setConfirming(true)} data-testid="delete-entry-open">
        {t("delete.open")}
      </Button>
    );
  }
  return (
    <div className="flex flex-col gap-3 rounded-2xl border border-line p-4">
      <p>{t("delete.confirm")}</p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="button-row">
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          {t("delete.keep")}
        </Button>
        <Button
          variant="danger"
          disabled={pending}
          data-testid="delete-entry-confirm"
          onClick={async () => {
            setPending(true);
            const res = await runOperation("journal.delete", { id });
            if (res.ok) {
              router.push("/journal");
              router.refresh();
              return;
            }
            setPending(false);
            setError(res.error);
          }}
        >
          {t("delete.yes")}
        </Button>
      </div>
    </div>
  );
}
