"use client";

import { useEffect, useState } from "react";
import type { KeyIn } from "@/lib/i18n/keys";
import type { WordsT } from "@/lib/i18n/words";
import { formatRemaining, minutesLeft, remainingMs } from "@/lib/pause/clock";

/**
 * The big mm:ss. Always endsAt − (now + offset), recomputed every frame and rendered only when the
 * text changes; never a decrementing counter. Screen readers hear it once a minute.
 */
export function Countdown({ endsAt, offset, t }: { endsAt: number; offset: number; t: WordsT<KeyIn<"pause">> }) {
  const [ms, setMs] = useState(() => remainingMs(endsAt, offset, Date.now()));
  useEffect(() => {
    let frame = 0;
    let shown = "";
    const tick = () => {
      const left = remainingMs(endsAt, offset, Date.now());
      const text = formatRemaining(left);
      if (text !== shown) {
        shown = text;
        setMs(left);
      }
      if (left > 0) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    // rAF sleeps in background tabs; the first frame after waking recomputes from the clock.
    return () => cancelAnimationFrame(frame);
  }, [endsAt, offset]);
  const minutes = minutesLeft(ms);
  return (
    <div className="flex flex-col items-center">
      <p
        role="timer"
        aria-live="off"
        data-testid="pause-countdown"
        data-ends-at={endsAt}
        // Sized to the screen's width already (vw): larger text settings leave it as it is.
        data-fit-width
        suppressHydrationWarning
        className="font-mono text-[clamp(4.5rem,26vw,7.5rem)] leading-none font-semibold tracking-tight text-ink tabular-nums"
      >
        {formatRemaining(ms)}
      </p>
      <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="pause-announce" suppressHydrationWarning>
        {t("countdown.announce", { minutes })}
      </p>
    </div>
  );
}
