"use client";

import { useEffect, useRef, useState } from "react";
import type { KeyIn } from "@/lib/i18n/keys";
import type { WordsT } from "@/lib/i18n/words";

const IN_MS = 4000;
const OUT_MS = 6000;

/** An optional slow breath: in for 4, out for 6. With reduced motion, only the words change. */
export function BreathingGuide({ t }: { t: WordsT<KeyIn<"pause">> }) {
  const [on, setOn] = useState(false);
  const [phase, setPhase] = useState<"in" | "out">("in");
  const circle = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!on) return;
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    const animation = still
      ? undefined
      : circle.current?.animate(
          [{ transform: "scale(0.55)" }, { transform: "scale(1)", offset: IN_MS / (IN_MS + OUT_MS) }, { transform: "scale(0.55)" }],
          { duration: IN_MS + OUT_MS, iterations: Infinity, easing: "ease-in-out" },
        );
    let timer: ReturnType<typeof setTimeout>;
    const step = (next: "in" | "out") => {
      setPhase(next);
      timer = setTimeout(() => step(next === "in" ? "out" : "in"), next === "in" ? IN_MS : OUT_MS);
    };
    step("in");
    return () => {
      animation?.cancel();
      clearTimeout(timer);
    };
  }, [on]);

  return (
    <div className="flex flex-col items-center gap-3">
      {on ? (
        <div className="relative flex size-48 items-center justify-center" aria-hidden>
          <div ref={circle} className="absolute inset-0 scale-75 rounded-full bg-calm-soft" />
          <span className="relative text-base font-medium text-ink">{phase === "in" ? t("breathing.in") : t("breathing.out")}</span>
        </div>
      ) : null}
      <button
        type="button"
        aria-pressed={on}
        onClick={() => setOn((v) => !v)}
        className="min-h-11 rounded-full px-4 text-base font-medium text-calm underline-offset-4 hover:underline"
      >
        {on ? t("breathing.stop") : t("breathing.start")}
      </button>
    </div>
  );
}
