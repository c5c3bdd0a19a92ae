"use client";

import { hardNavigate } from "@/lib/hard-navigate";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useOperationForm } from "@/components/forms/use-operation-form";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";

export function StartOver({ words }: { words: Words<KeyIn<"together">> }) {
  const t = wordsT(words);
  const { onSubmit, pending, formError } = useOperationForm("couples.releaseEnded", () => hardNavigate("/together"));
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <p className="text-sm text-muted">{t("startOver.lead")}</p>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("startOver.submit")}
      </Button>
    </form>
  );
}
