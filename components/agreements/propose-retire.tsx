"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useOperationForm } from "@/components/forms/use-operation-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { LONG_TEXT } from "@/lib/agreements/constants";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";
import { TextArea } from "./controls";

/** Retiring is a proposal too: it stays ours until the partner agrees. */
export function ProposeRetire({
  agreementId,
  basedOnVersionId,
  partnerName,
  words,
}: {
  agreementId: string;
  basedOnVersionId: string;
  partnerName: string;
  words: Words<KeyIn<"agreements">>;
}) {
  const t = wordsT(words);
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { onSubmit, pending, formError, fieldErrors } = useOperationForm("agreements.proposeRetire", () => {
    setOpen(false);
    router.refresh();
  });
  if (!open) {
    return (
      <Button type="button" variant="quiet" onClick={() => setOpen(true)}>
        {t("retire.open")}
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3 rounded-2xl bg-sunken p-3">
      <input type="hidden" name="agreementId" value={agreementId} />
      <input type="hidden" name="basedOnVersionId" value={basedOnVersionId} />
      <p>{t("retire.note", { partner: partnerName })}</p>
      <TextArea label={t("retire.noteLabel", { partner: partnerName })} hint={t("decision.optional")} name="note" rows={2} maxLength={LONG_TEXT} errors={fieldErrors.note} />
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("retire.submit")}
      </Button>
      <Button type="button" variant="quiet" onClick={() => setOpen(false)}>
        {t("retire.keep")}
      </Button>
    </form>
  );
}
