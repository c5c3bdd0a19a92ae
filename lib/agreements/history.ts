import type { AgreementContent } from "./schemas";

interface HistoryVersion {
  id: string;
  number: number;
  action: "CREATE" | "CHANGE" | "RETIRE";
  status: "PENDING" | "ACCEPTED" | "DECLINED" | "WITHDRAWN" | "SUPERSEDED";
  content: AgreementContent;
}

/**
 * What each version should be compared with to show "what it changed": a counter-proposal with the
 * proposal it replaced (always the version just before it); any other change with the version we
 * had agreed on when it was proposed. A first proposal and a retirement have nothing to compare.
 */
export function comparisonBase<V extends HistoryVersion>(versions: readonly V[], version: V): V | null {
  if (version.action === "RETIRE") return null;
  const earlier = versions.filter((v) => v.number < version.number).sort((x, y) => y.number - x.number);
  const previous = earlier[0];
  if (previous?.status === "SUPERSEDED") return previous;
  return earlier.find((v) => v.status === "ACCEPTED" && v.action !== "RETIRE") ?? null;
}
