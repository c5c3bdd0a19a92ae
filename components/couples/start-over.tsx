"use client";

import { hardNavigate } from "@/lib/hard-navigate";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useOperationForm } from "@/components/forms/use-operation-form";

export function StartOver() {
  const { onSubmit, pending, formError } = useOperationForm("couples.releaseEnded", () => hardNavigate("/together"));
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <p className="text-sm text-muted">Starting over removes this read-only copy. Export it first in Me if you’d like to keep it.</p>
      <Button type="submit" variant="secondary" disabled={pending}>
        Start over
      </Button>
    </form>
  );
}
