"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";

/**
 * "Use our line": one tap hands the agreed words to the phone's share sheet (to paste into a
 * message), or copies them where sharing isn't available. Nothing leaves the phone on its own.
 */
export function UseOurLine({ text, words }: { text: string; words: Words<KeyIn<"agreements">> }) {
  const t = wordsT(words);
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function use() {
    try {
      if (typeof navigator.share === "function") {
        await navigator.share({ text });
        return;
      }
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch (err) {
      // Closing the share sheet is not a failure; anything else falls back to copying.
      if (err instanceof DOMException && err.name === "AbortError") return;
      try {
        await navigator.clipboard.writeText(text);
        setStatus("copied");
      } catch {
        setStatus("failed");
      }
    }
  }

  return (
    <div className="flex flex-col gap-1">
      <Button type="button" variant="secondary" onClick={use} data-testid="use-our-line">
        <svg aria-hidden viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round">
          <path d="M4 12v7a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-7M12 3v12m0-12-4 4m4-4 4 4" />
        </svg>
        {t("line.use")}
      </Button>
      <p role="status" className="text-center text-sm text-muted">
        {status === "copied" ? t("line.copied") : status === "failed" ? t("line.failed") : ""}
      </p>
    </div>
  );
}
