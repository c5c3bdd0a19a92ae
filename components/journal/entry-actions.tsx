"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { TextArea } from "@/components/agreements/controls";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { LONG_TEXT, SHORT_TEXT } from "@/lib/agreements/constants";
import { proposalHref } from "@/lib/journal/proposal";
import { runOperation } from "@/lib/operations/client/run-operation";

/**
 * "Turn this into a proposal": I write, here, only what I want my partner to read; the ordinary
 * proposal form opens with those words. Nothing of the entry travels, nor where the idea came from.
 */
export function ProposeFromEntry({ suggestedTrigger, partnerName }: { suggestedTrigger: string; partnerName: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [trigger, setTrigger] = useState(suggestedTrigger);
  const [response, setResponse] = useState("");
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)} data-testid="propose-open">
        Turn this into a proposal
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
      <h2 className="text-lg font-semibold">Turn this into a proposal</h2>
      <Notice tone="calm">
        Only what you write below goes into the proposal. Your entry stays private, and {partnerName} won’t know where the idea came from.
      </Notice>
      <Field label="The trigger, in words you’re happy to share" name="trigger" maxLength={SHORT_TEXT} value={trigger} onChange={(e) => setTrigger(e.currentTarget.value)} placeholder="A late reply" />
      <TextArea
        label="What would help me"
        hint="Optional: you can also write it on the next screen."
        name="response"
        maxLength={LONG_TEXT}
        value={response}
        onChange={(e) => setResponse(e.currentTarget.value)}
        placeholder="A quick “running late” text"
      />
      <div className="grid grid-cols-2 gap-3">
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          Not now
        </Button>
        <Button type="submit">Continue</Button>
      </div>
    </form>
  );
}

/** Two taps: deleting an entry can't be undone. */
export function DeleteEntry({ id }: { id: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!confirming) {
    return (
      <Button variant="quiet" onClick={() => setConfirming(true)} data-testid="delete-entry-open">
        Delete this entry
      </Button>
    );
  }
  return (
    <div className="flex flex-col gap-3 rounded-2xl border border-line p-4">
      <p>Delete this entry for good? It can’t be brought back.</p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="grid grid-cols-2 gap-3">
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          Keep it
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
          Delete
        </Button>
      </div>
    </div>
  );
}
