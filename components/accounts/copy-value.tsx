"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { KeyIn } from "@/lib/i18n/keys";
import type { WordsT } from "@/lib/i18n/words";

/** A value to copy into another app: shown whole (it wraps), with a Copy button that says when it worked. */
export function CopyValue({ label, value, testId, t }: { label: string; value: string; testId?: string; t: WordsT<KeyIn<"tokens">> }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="flex flex-col gap-1">
      <span className="text-sm font-semibold">{label}</span>
      <div className="flex items-start gap-2">
        <code translate="no" className="min-w-0 flex-1 rounded-xl border border-line bg-canvas px-3 py-2.5 font-mono text-sm break-all" data-testid={testId}>
          {value}
        </code>
        <Button type="button" variant="secondary" className="min-h-11 shrink-0 px-3 text-sm" onClick={copy} aria-label={t("copyLabel", { label })}>
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
      <span role="status" className="sr-only">
        {copied ? t("copiedStatus", { label }) : ""}
      </span>
    </div>
  );
}
