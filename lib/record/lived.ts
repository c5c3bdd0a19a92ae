import { activeRhythms, loggedOccurrenceKeys } from "../checkins/queries";
import { tally } from "../checkins/tally";
import { listPastReviews } from "../reviews/queries";
import { sayItemTitle } from "../reviews/item-title";
import type { RecordCheckIns, RecordReviews } from "./types";
import type { NamespaceWords } from "../i18n/translate";

const DAY_MS = 86_400_000;
/** The record looks back this far on check-ins: long enough to show a rhythm, short enough to read. */
export const RECORD_CHECK_IN_DAYS = 84;

/**
 * How the agreements were lived, for the record: check-ins kept against those planned per
 * check-in rhythm (not the review's own) over the last twelve weeks, and each finished weekly
 * review's decisions. No ratings, notes or feelings: those are ours, not the record's.
 */
export async function livedSections(
  coupleId: string,
  now: Date,
  when: (d: Date) => string,
  t: NamespaceWords<"record">["t"],
  /** The reader's agreements words: a pause rule's or a need's title is said in them. */
  titleT: NamespaceWords<"agreements">["t"],
): Promise<{ checkIns: RecordCheckIns; reviews: RecordReviews }> {
  const from = new Date(now.getTime() - RECORD_CHECK_IN_DAYS * DAY_MS);
  const window = { from, to: now };
  const [rhythms, reviews] = await Promise.all([activeRhythms(coupleId), listPastReviews(coupleId, "", 26)]);
  const checkInRhythms = rhythms.filter((r) => r.purpose === "CHECK_IN");
  const logged = await loggedOccurrenceKeys(coupleId, checkInRhythms.map((r) => r.id), window);
  const rows = checkInRhythms.map((r) => {
    const t = tally(r.rhythm, logged.get(r.id) ?? [], window, now);
    return { agreement: r.about, kept: t.kept, planned: t.planned };
  });
  return {
    checkIns: { period: t("doc.checkInsSince", { date: when(from) }), rows },
    reviews: {
      items: reviews
        .filter((r) => r.finishedAt !== null)
        .map((r) => ({
          week: t("doc.reviewWeek", { from: when(new Date(r.weekFrom)), alone: r.mode === "ALONE" ? "yes" : "no", completed: r.completed ? "yes" : "no" }),
          lines: r.items.map((i) => t("doc.reviewLine", { title: sayItemTitle(i.title, titleT), outcome: i.outcome ?? "none" })),
        })),
    },
  };
}
