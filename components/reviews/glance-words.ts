import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatList } from "@/lib/i18n/format";
import type { PauseEnding, ProposalCounts } from "@/lib/reviews/glance-model";
import type { ReviewT } from "./words";

/** The proposal rows the chart and its summary show, in this order (only those that happened). */
export const PROPOSAL_ROWS = ["accepted", "retired", "countered", "declined", "withdrawn"] as const satisfies readonly (keyof ProposalCounts)[];

// Day keys are already local dates ("2026-11-24"): name them without moving them through a zone.
const noon = (key: string) => new Date(`${key}T12:00:00Z`);
export const dayName = (locale: Locale, key: string) => formatDate(locale, "UTC", noon(key), "weekday");
export const dayShort = (locale: Locale, key: string) => formatDate(locale, "UTC", noon(key), "weekdayShort");

export function checkInsSummary(t: ReviewT, kept: number, planned: number): string {
  if (!planned) return t("glance.checkInsNothingPlanned");
  return kept ? t("glance.checkInsKept", { kept, planned }) : t("glance.checkInsNoneKept", { planned });
}

export function pausesSummary(t: ReviewT, locale: Locale, counts: Record<PauseEnding, number>): string {
  const total = counts.full + counts.early + counts.open;
  if (!total) return t("glance.pausesNone");
  const parts = [
    counts.full ? t("glance.pausesFull", { count: counts.full }) : "",
    counts.early ? t("glance.pausesEarly", { count: counts.early }) : "",
    counts.open ? t("glance.pausesOpen", { count: counts.open }) : "",
  ].filter(Boolean);
  return t("glance.pausesSummary", { total, parts: formatList(locale, parts, "unit") });
}

export function proposalsSummary(t: ReviewT, locale: Locale, p: ProposalCounts): string {
  const total = PROPOSAL_ROWS.reduce((n, key) => n + p[key], 0);
  if (!total) return t("glance.proposalsNone");
  const parts = PROPOSAL_ROWS.filter((key) => p[key] > 0).map((key) => t(`glance.proposalParts.${key}`, { count: p[key] }));
  return t("glance.proposalsSummary", { total, parts: formatList(locale, parts, "unit") });
}
