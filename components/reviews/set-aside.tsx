"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ReviewT } from "./words";

/** "Stop here for now", with a calm confirmation: what we did is kept, marked unfinished. */
export function SetAside({ onConfirm, disabled, t }: { onConfirm: () => void; disabled: boolean; t: ReviewT }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button type="button" variant="quiet" onClick={() => setAsking(true)} data-testid="set-aside">
        {t("wrapUp.setAside")}
      </Button>
    );
  }
  return (
    <div className="flex flex-col gap-2 rounded-2xl bg-sunken p-4" role="group" aria-label={t("wrapUp.setAside")}>
      <p>{t("wrapUp.setAsideConfirm")}</p>
      <Button type="button" variant="secondary" disabled={disabled} onClick={onConfirm} data-testid="set-aside-confirm">
        {t("wrapUp.setAsideYes")}
      </Button>
      <Button type="button" variant="quiet" onClick={() => setAsking(false)}>
        {t("wrapUp.setAsideNo")}
      </Button>
    </div>
  );
}
