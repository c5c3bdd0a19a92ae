"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { REVIEW_COPY } from "./copy";

/** "Stop here for now", with a calm confirmation: what we did is kept, marked unfinished. */
export function SetAside({ onConfirm, disabled }: { onConfirm: () => void; disabled: boolean }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button type="button" variant="quiet" onClick={() => setAsking(true)} data-testid="set-aside">
        {REVIEW_COPY.setAside}
      </Button>
    );
  }
  return (
    <div className="flex flex-col gap-2 rounded-2xl bg-sunken p-4" role="group" aria-label={REVIEW_COPY.setAside}>
      <p>{REVIEW_COPY.setAsideConfirm}</p>
      <Button type="button" variant="secondary" disabled={disabled} onClick={onConfirm} data-testid="set-aside-confirm">
        {REVIEW_COPY.setAsideYes}
      </Button>
      <Button type="button" variant="quiet" onClick={() => setAsking(false)}>
        {REVIEW_COPY.setAsideNo}
      </Button>
    </div>
  );
}
