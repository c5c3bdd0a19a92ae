import { formatPerson, type Viewer } from "./describe";
import { wordsFor } from "../i18n/translate";

/**
 * How a version's story is told, the same on the agreement page and in the printable record, in
 * the viewer's words (English when the viewer has none). Structural types, so both the page's
 * VersionView and plain rows fit.
 */
interface StoryVersion {
  number: number;
  action: "CREATE" | "CHANGE" | "RETIRE";
  status: "PENDING" | "ACCEPTED" | "DECLINED" | "WITHDRAWN" | "SUPERSEDED";
  proposedById?: string | null;
  decidedById: string | null;
  decidedAt: Date | null;
}

const wordsOf = (viewer: Viewer) => viewer.w ?? wordsFor("en", "agreements");

/** Who: "you" (select) or the name ("A former partner" for someone who left). */
function who(id: string | null, viewer: Viewer): { who: "you" | "other"; name: string } {
  return id === viewer.meId ? { who: "you", name: "" } : { who: "other", name: formatPerson(id ?? "", viewer) };
}

/** "You" / the partner's name / "A former partner", as the subject of a sentence. */
export function subject(id: string | null, viewer: Viewer): string {
  return id === viewer.meId ? wordsOf(viewer).t("history.you") : formatPerson(id ?? "", viewer);
}

/** What a proposal did, for the history message's select. */
export function proposalKind(versions: readonly StoryVersion[], v: StoryVersion): "retire" | "different" | "create" | "change" {
  const previous = versions.find((x) => x.number === v.number - 1);
  if (v.action === "RETIRE") return "retire";
  if (previous?.status === "SUPERSEDED") return "different";
  return v.action === "CREATE" ? "create" : "change";
}

/** The values of "agreements.history.proposal" ("<b>Blake</b> proposed a change"): render it with t.rich. */
export function proposalValues(versions: readonly StoryVersion[], v: StoryVersion & { proposedById: string | null }, viewer: Viewer) {
  return { ...who(v.proposedById, viewer), what: proposalKind(versions, v) };
}

/** "You proposed this agreement", as plain text (the printable record). */
export function proposalSentence(versions: readonly StoryVersion[], v: StoryVersion & { proposedById: string | null }, viewer: Viewer): string {
  return wordsOf(viewer).t("history.proposal", { ...proposalValues(versions, v, viewer), b: ((chunks: string[]) => chunks.join("")) as never });
}

/** "Blake said yes · 3 Dec, 19:35", "Withdrawn", "Waiting for an answer". */
export function describeOutcome(v: StoryVersion, viewer: Viewer, when: (d: Date) => string): string {
  const { t } = wordsOf(viewer);
  if (v.status === "PENDING") return t("history.waiting");
  const at = v.decidedAt ? t("history.at", { when: when(v.decidedAt) }) : "";
  return t(`history.${v.status}`, { ...who(v.decidedById, viewer), at });
}
