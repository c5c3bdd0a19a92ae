import type { Member } from "../auth/member";
import { agreementTitle, displayFields, kindLabel, type Viewer } from "../agreements/describe";
import { diffContent } from "../agreements/diff";
import { comparisonBase } from "../agreements/history";
import { describeOutcome, proposalSentence, subject } from "../agreements/history-words";
import { listAgreementDetails, viewerFor, type AgreementDetail } from "../agreements/queries";
import type { Locale } from "../i18n/config";
import { formatDate } from "../i18n/format";
import { wordsFor, type NamespaceWords } from "../i18n/translate";
import { lengthWords, outcomeWords, pauseLengthMinutes } from "../pause/format";
import { listPauseHistory } from "../pause/queries";
import { livedSections } from "./lived";
import type { CoupleRecord, RecordAgreement, RecordPause } from "./types";

/** Who the record is worded for. */
export interface RecordViewer extends Viewer {
  audience: "member" | "counsellor";
  timeZone: string;
  /** The reader's language: a member's own; a counsellor's browser's (Accept-Language). */
  locale: Locale;
  /** The couple has ended (a member's read-only copy). */
  ended?: boolean;
}

/** At most this many pauses are listed, newest first; the record says when there were more. */
export const RECORD_PAUSES = 200;

/** A member reads their own record as the app speaks to them: "You", their partner's name. */
export function memberRecordViewer(member: Member, locale: Locale): RecordViewer {
  return { ...viewerFor(member, wordsFor(locale, "agreements")), audience: "member", timeZone: member.user.timeZone, locale, ended: !!member.couple?.endedAt };
}

/** A counsellor reads both first names (full names if they'd be the same), and nobody is "You". */
export function counsellorRecordViewer(people: readonly { id: string; name: string }[], timeZone: string, locale: Locale): RecordViewer {
  const first = people.map((p) => p.name.trim().split(/\s+/)[0] || p.name);
  const clash = new Set(first).size < first.length;
  const names = Object.fromEntries(people.map((p, i) => [p.id, clash ? p.name : first[i]!]));
  return { audience: "counsellor", meId: "", names, timeZone, locale, w: wordsFor(locale, "agreements") };
}

/**
 * The couple's record for one reader: the agreements in place and retired, each with its whole
 * history, and the pauses we took. Everything is read with the couple id in the where clause.
 * It holds nothing private: no journal, no sessions or devices, no emails, no ids of people.
 */
export async function buildRecord(coupleId: string, viewer: RecordViewer, now: Date): Promise<CoupleRecord> {
  const [agreements, pauses] = await Promise.all([
    listAgreementDetails(coupleId, ["ACTIVE", "RETIRED"]),
    listPauseHistory(coupleId, RECORD_PAUSES + 1),
  ]);
  const when = (d: Date) => formatDate(viewer.locale, viewer.timeZone, d, "dateTimeMedium");
  const { t } = wordsFor(viewer.locale, "record");
  const pause = wordsFor(viewer.locale, "pause");
  const record: CoupleRecord = {
    audience: viewer.audience,
    locale: viewer.locale,
    people: peopleLine(viewer, t),
    madeAt: when(now),
    timeZone: viewer.timeZone,
    ended: !!viewer.ended,
    active: agreements.filter((a) => a.status === "ACTIVE").map((a) => toRecordAgreement(a, viewer, when)),
    retired: agreements.filter((a) => a.status === "RETIRED").map((a) => toRecordAgreement(a, viewer, when)),
    pauses: {
      items: pauses.slice(0, RECORD_PAUSES).map(
        (p): RecordPause => ({
          when: when(new Date(p.startedAt)),
          summary: t("doc.pauseAsked", { who: p.startedById === viewer.meId ? "me" : "other", name: subject(p.startedById, viewer) }),
          length: said(pause, lengthWords(pauseLengthMinutes(p, now.getTime()))),
          outcome: said(pause, outcomeWords(p, viewer.timeZone, now.getTime(), viewer.locale)),
        }),
      ),
      truncated: pauses.length > RECORD_PAUSES,
    },
  };
  const lived = await livedSections(coupleId, now, when, t, wordsFor(viewer.locale, "agreements").t);
  return { ...record, checkIns: lived.checkIns, reviews: lived.reviews };
}

function toRecordAgreement(a: AgreementDetail, viewer: Viewer, when: (d: Date) => string): RecordAgreement {
  const agreed = a.active ?? a.versions.findLast((v) => v.status === "ACCEPTED" && v.action !== "RETIRE") ?? a.latest;
  const retirement = a.status === "RETIRED" ? a.versions.findLast((v) => v.action === "RETIRE" && v.status === "ACCEPTED") : undefined;
  return {
    id: a.id,
    kind: kindLabel(a.kind, "one", viewer.w),
    title: agreementTitle(agreed.content, viewer.w),
    status: a.status === "RETIRED" ? "RETIRED" : "ACTIVE",
    agreedAt: agreed.decidedAt ? when(agreed.decidedAt) : null,
    retiredAt: retirement?.decidedAt ? when(retirement.decidedAt) : null,
    fields: displayFields(agreed.content, viewer)
      .filter((f) => f.value)
      .map(({ label, value }) => ({ label, value })),
    history: a.versions.map((v) => {
      const base = comparisonBase(a.versions, v);
      return {
        when: when(v.proposedAt),
        summary: proposalSentence(a.versions, v, viewer),
        note: v.note || null,
        changes: base ? diffContent(base.content, v.content, viewer).map(({ label, from, to }) => ({ label, from, to })) : [],
        outcome: describeOutcome(v, viewer, when),
        reason: v.status === "DECLINED" ? v.declineReason || null : null,
      };
    }),
  };
}

/** A message of the pause namespace (lib/pause/format.ts words it as a key and values). */
function said(w: ReturnType<typeof wordsFor<"pause">>, m: { key: Parameters<typeof w.t>[0]; values: Record<string, string | number> }): string {
  return w.t(m.key, m.values);
}

/** "Alex and Blake": a couple is two people (one may have left). */
function peopleLine(viewer: RecordViewer, t: NamespaceWords<"record">["t"]): string {
  const names = Object.entries(viewer.names);
  const [first, second] = [...names.filter(([id]) => id === viewer.meId), ...names.filter(([id]) => id !== viewer.meId)].map(([, name]) => name);
  return t("doc.people", { first: first ?? t("doc.formerPartner"), second: second ?? t("doc.formerPartner") });
}
