import type { ReactNode } from "react";

const tones = {
  waiting: "bg-accent-soft text-ink",
  calm: "bg-calm-soft text-ink",
  quiet: "bg-sunken text-muted",
} as const;

/** A small label such as "Waiting for you" or "Change proposed". Never red, never a score. */
export function StatusPill({ tone = "quiet", children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${tones[tone]}`}>{children}</span>;
}
