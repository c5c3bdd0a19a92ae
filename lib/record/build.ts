import type { Member } from "../auth/member";
import { agreementTitle, displayFields, type Viewer } from "../agreements/describe";
import { KIND_LABELS } from "../agreements/kind-labels";
import { diffContent } from "../agreements/diff";
import { comparisonBase } from "../agreements/history";
import { describeOutcome, proposalSentence, subject } from "../agreements/history-words";
import { listAgreementDetails, viewerFor, type AgreementDetail } from "../agreements/queries";
import { minutesText, outcomeText, pauseLengthMinutes } from "../pause/format";
import { listPauseHistory } from "../pause/queries";
import { livedSections } from "./lived";
import type { CoupleRecord, RecordAgreement, RecordPause } from "./types";

/** Who the record is worded for. */
export interface RecordViewer extends Viewer {
  audience: "member" | "counsellor";
  timeZone: string;
  /** The couple has ended (a member's read-only copy). */
  ended?: boolean;
}

/** At most this many pauses are listed, newest first; the record says when there were more. */
export const RECORD_PAUSES = 200;

/** A member reads their own record as the app speaks to them: "You", their partner's name. */
export function memberRecordViewer(member: Member): RecordViewer {
  return { ...viewerFor(member), audience: "member", timeZone: member.user.timeZone, ended: !!member.couple?.endedAt };
}

/** A counsellor reads both first names (full names if they'd be the same), and nobody is "You". */
export function counsellorRecordViewer(people: readonly { id: string; name: string }[], timeZone: string): RecordViewer {
  const first = people.map((p) => p.name.trim().split(/\s+/)[0] || p.name);
  const clash = new Set(first).size < first.length;
  const names = Object.fromEntries(people.map((p, i) => [p.id, clash ? p.name : first[i]!]));
  return { audience: "counsellor", meId: "", names, timeZone };
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
  const when = dateFormatter(viewer.timeZone);
  const record: CoupleRecord = {
    audience: viewer.audience,
    people: peopleLine(viewer),
    madeAt: when(now),
    timeZone: viewer.timeZone,
    ended: !!viewer.ended,
    active: agreements.filter((a) => a.status === "ACTIVE").map((a) => toRecordAgreement(a, viewer, when)),
    retired: agreements.filter((a) => a.status === "RETIRED").map((a) => toRecordAgreement(a, viewer, when)),
    pauses: {
      items: pauses.slice(0, RECORD_PAUSES).map(
        (p): RecordPause => ({
          when: when(new Date(p.startedAt)),
          summary: `${subject(p.startedById, viewer)} asked for a pause`,
          length: minutesText(pauseLengthMinutes(p, now.getTime())),
          outcome: outcomeText(p, viewer.timeZone, now.getTime()),
        }),
      ),
      truncated: pauses.length > RECORD_PAUSES,
    },
  };
  const lived = await livedSections(coupleId, now, when);
  return { ...record, checkIns: lived.checkIns, reviews: lived.reviews };
}

function toRecordAgreement(a: AgreementDetail, viewer: Viewer, when: (d: Date) => string): RecordAgreement {
  const agreed = a.active ?? a.versions.findLast((v) => v.status === "ACCEPTED" && v.action !== "RETIRE") ?? a.latest;
  const retirement = a.status === "RETIRED" ? a.versions.findLast((v) => v.action === "RETIRE" && v.status === "ACCEPTED") : undefined;
  return {
    id: a.id,
    kind: KIND_LABELS[a.kind].one,
    title: agreementTitle(agreed.content),
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

/** "3 Dec 2026, 19:35" in the reader's zone. */
function dateFormatter(timeZone: string): (d: Date) => string {
  const format = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone });
  return (d) => format.format(d);
}

function peopleLine(viewer: RecordViewer): string {
  const names = Object.entries(viewer.names);
  const ordered = [...names.filter(([id]) => id === viewer.meId), ...names.filter(([id]) => id !== viewer.meId)].map(([, name]) => name);
  if (ordered.length < 2) ordered.push("a former partner");
  return ordered.join(" and ");
}
