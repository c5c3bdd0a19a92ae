import { formatPerson, type Viewer } from "./describe";

/**
 * How a version's story is told, the same on the agreement page and in the printable record.
 * Client-safe. Structural types, so both the page's VersionView and plain rows fit.
 */
interface StoryVersion {
  number: number;
  action: "CREATE" | "CHANGE" | "RETIRE";
  status: "PENDING" | "ACCEPTED" | "DECLINED" | "WITHDRAWN" | "SUPERSEDED";
  decidedById: string | null;
  decidedAt: Date | null;
}

/** "You" / the partner's name / "A former partner", as the subject of a sentence. */
export function subject(id: string | null, viewer: Viewer): string {
  if (id === viewer.meId) return "You";
  return formatPerson(id ?? "", viewer);
}

export function describeProposal(versions: readonly StoryVersion[], v: StoryVersion): string {
  const previous = versions.find((x) => x.number === v.number - 1);
  if (v.action === "RETIRE") return "proposed retiring it";
  if (previous?.status === "SUPERSEDED") return "suggested something different";
  return v.action === "CREATE" ? "proposed this agreement" : "proposed a change";
}

/** "Blake said yes · 3 Dec, 19:35", "Withdrawn", "Waiting for an answer". */
export function describeOutcome(v: StoryVersion, viewer: Viewer, when: (d: Date) => string): string {
  const by = subject(v.decidedById, viewer);
  const at = v.decidedAt ? ` · ${when(v.decidedAt)}` : "";
  switch (v.status) {
    case "PENDING":
      return "Waiting for an answer";
    case "ACCEPTED":
      return `${by} said yes${at}`;
    case "DECLINED":
      return `${by} passed, for now${at}`;
    case "WITHDRAWN":
      return `Withdrawn${at}`;
    case "SUPERSEDED":
      return `${by} suggested something different${at}`;
  }
}
