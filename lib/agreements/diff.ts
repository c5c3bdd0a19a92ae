import { wordsFor } from "../i18n/translate";
import { displayFields, type Viewer } from "./describe";
import type { AgreementContent } from "./schemas";

export interface DiffLine {
  key: string;
  label: string;
  /** Empty string: the field was blank before (or after). */
  from: string;
  to: string;
  asIs?: boolean;
}

/**
 * What changed between two versions, field by field, in the words people read on the card
 * ("Length: 10 minutes → 15 minutes", "Days: Tuesdays → Tuesdays and Fridays").
 * With no `before` (a first proposal) there is nothing to compare, so no lines.
 */
export function diffContent(before: AgreementContent | null, after: AgreementContent, viewer: Viewer): DiffLine[] {
  if (!before || before.kind !== after.kind) return [];
  const old = new Map(displayFields(before, viewer).map((f) => [f.key, f.value]));
  return displayFields(after, viewer)
    .map((f) => ({ key: f.key, label: f.label, from: old.get(f.key) ?? "", to: f.value, ...(f.asIs ? { asIs: true } : {}) }))
    .filter((line) => line.from !== line.to);
}

/** One line for screen readers and notifications: "Length: 10 minutes → 15 minutes". */
export function formatDiffLine(line: DiffLine): string {
  const nothing = wordsFor("en", "agreements").t("history.nothing");
  return `${line.label}: ${line.from || nothing} → ${line.to || nothing}`;
}
