import type { ReactNode } from "react";

type Tone = "info" | "error" | "calm";
const tones: Record<Tone, string> = {
  info: "border-line bg-surface text-ink",
  error: "border-danger bg-surface text-danger",
  calm: "border-calm bg-calm-soft text-ink",
};

/** A message block; errors are announced (role=alert), the rest politely (role=status). */
export function Notice({ tone = "info", children, testId }: { tone?: Tone; children: ReactNode; testId?: string }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} data-testid={testId} className={`rounded-2xl border px-4 py-3 text-base ${tones[tone]}`}>
      {children}
    </div>
  );
}
