import { formatList } from "../i18n/format";
import { wordsFor, type NamespaceWords } from "../i18n/translate";
import { NEED_KEYS, type Kind, type NeedKey, type Reconvene } from "./constants";
import type { AgreementContent } from "./schemas";

/**
 * Words for agreements, shared by cards, the detail page, diffs and the printable record, in the
 * viewer's language (messages/*.json "agreements"; English when no words are given). Server-side:
 * client islands get their words from the page (lib/i18n/server.ts#clientWords).
 * People are stored as user ids; the viewer turns them into "Me" / their partner's name.
 */
export type AgreementWords = NamespaceWords<"agreements">;

export interface Viewer {
  meId: string;
  /** Names by user id: me and my partner. */
  names: Record<string, string>;
  /** The viewer's words (getWords("agreements")); English when absent. */
  w?: AgreementWords;
}

const english = () => wordsFor("en", "agreements");
const wordsOf = (viewer?: Viewer) => viewer?.w ?? english();

export function kindLabel(kind: Kind, form: "one" | "many" | "blurb", w: AgreementWords = english()): string {
  return w.t(`kinds.${kind}.${form}`);
}

export function needLabel(key: string, w: AgreementWords = english()): string {
  return (NEED_KEYS as readonly string[]).includes(key) ? w.t(`needs.${key as NeedKey}.label`) : key;
}

export function reconveneLabel(reconvene: Reconvene, w: AgreementWords = english()): string {
  return w.t(`reconvene.${reconvene}`);
}

export function channelLabel(channel: string, w: AgreementWords = english()): string {
  return ["IN_PERSON", "CALL", "MESSAGE", "IN_APP"].includes(channel) ? w.t(`channels.${channel as "IN_PERSON"}`) : channel;
}

const WEEK = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] as const;

/** "Tuesdays", "Tuesdays and Fridays", "Every day" · "Los martes y viernes"; `inline` for mid-sentence. */
export function formatDays(days: readonly string[], w: AgreementWords = english(), inline = false): string {
  if (days.length === 7) return w.t("days.everyDay");
  const names = days.map((d) => ((WEEK as readonly string[]).includes(d) ? w.t(`days.${d as (typeof WEEK)[number]}`) : d));
  return w.t(inline ? "days.listInline" : "days.list", { days: formatList(w.locale, names) });
}

export function formatEvery(unit: "DAY" | "WEEK", every: number, w: AgreementWords = english()): string {
  return w.t("every", { unit, every });
}

export function formatMinutes(minutes: number, w: AgreementWords = english()): string {
  return w.t("minutes", { minutes });
}

/** "Me", "Blake", "Both of us"; `possessive` gives "Mine", "Blake’s". */
export function formatPerson(ref: string, viewer: Viewer, possessive = false): string {
  const w = wordsOf(viewer);
  if (ref === "both") return w.t("person.both");
  if (ref === "either") return w.t("person.either");
  if (ref === viewer.meId) return possessive ? w.t("person.mine") : w.t("person.me");
  const name = viewer.names[ref];
  if (!name) return possessive ? w.t("person.formerPossessive") : w.t("person.former");
  return possessive ? w.t("person.possessive", { name }) : name;
}

/** One line naming the agreement, e.g. "A late reply" or "Our 10-minute pause". */
export function agreementTitle(content: AgreementContent, w: AgreementWords = english()): string {
  switch (content.kind) {
    case "CHECK_IN":
      return content.about;
    case "TRIGGER_RESPONSE":
      return content.trigger;
    case "PAUSE_RULE":
      return w.t("pauseTitle", { minutes: content.minutes });
    case "NEED":
      return content.need === "OTHER" ? content.ownWords : needLabel(content.need, w);
  }
}

/** "Every 2 weeks on Tuesdays", "Tuesdays and Fridays". */
function rhythm(content: Extract<AgreementContent, { kind: "CHECK_IN" }>, w: AgreementWords): string {
  if (content.unit === "WEEK" && content.every === 1) return formatDays(content.days, w);
  const every = formatEvery(content.unit, content.every, w);
  return content.unit === "WEEK" ? w.t("summary.everyOn", { every, days: formatDays(content.days, w, true) }) : every;
}

/** A short second line for cards. */
export function agreementSummary(content: AgreementContent, viewer: Viewer): string {
  const w = wordsOf(viewer);
  switch (content.kind) {
    case "CHECK_IN":
      return w.t("summary.checkIn", { rhythm: rhythm(content, w), time: content.time, channel: channelLabel(content.channel, w) });
    case "TRIGGER_RESPONSE":
      return w.t("summary.trigger", { giver: formatPerson(content.giver, viewer), response: content.response });
    case "PAUSE_RULE":
      return reconveneLabel(content.reconvene, w);
    case "NEED":
      return content.why;
  }
}

export interface DisplayField {
  key: string;
  label: string;
  /** Empty when there is nothing to show. */
  value: string;
  /** A value that is data in every language (a time-zone id), shown with translate="no". */
  asIs?: boolean;
}

/** Every field of a content, in reading order, in words for this viewer. */
export function displayFields(content: AgreementContent, viewer: Viewer): DisplayField[] {
  const w = wordsOf(viewer);
  const field = (key: string, value: string, label = key): DisplayField => ({ key, label: w.t(`fields.${label as "about"}`), value });
  const needs = (keys: readonly string[]) => field("needs", formatList(w.locale, NEED_KEYS.filter((k) => keys.includes(k)).map((k) => needLabel(k, w))));
  switch (content.kind) {
    case "CHECK_IN":
      return [
        field("about", content.about),
        field("every", formatEvery(content.unit, content.every, w)),
        field("days", content.unit === "WEEK" ? formatDays(content.days, w) : ""),
        field("time", content.time),
        { ...field("timeZone", content.timeZone.replaceAll("_", " ")), asIs: true },
        field("channel", channelLabel(content.channel, w)),
        field("starter", formatPerson(content.starter, viewer)),
        field("script", content.script),
        needs(content.needs),
        field("purpose", content.purpose === "REVIEW" ? w.t("fields.purposeReview") : ""),
      ];
    case "TRIGGER_RESPONSE":
      return [
        field("trigger", content.trigger),
        field("whose", formatPerson(content.whose, viewer, true)),
        field("response", content.response),
        field("giver", formatPerson(content.giver, viewer)),
        field("triggeredWillDo", content.triggeredWillDo),
        needs(content.needs),
      ];
    case "PAUSE_RULE":
      return [
        field("minutes", formatMinutes(content.minutes, w)),
        field("reconvene", reconveneLabel(content.reconvene, w)),
        field("during", content.during),
        needs(content.needs),
      ];
    case "NEED":
      return [field("need", content.need === "OTHER" ? content.ownWords : needLabel(content.need, w)), field("why", content.why)];
  }
}

/** The words a trigger → response agreement says, for "Use our line". */
export function ourLine(content: AgreementContent): string | null {
  return content.kind === "TRIGGER_RESPONSE" ? content.response : null;
}

const SLUGS: Record<Kind, string> = { CHECK_IN: "check-in", TRIGGER_RESPONSE: "trigger-response", PAUSE_RULE: "pause-rule", NEED: "need" };

/** The URL segment for a kind ("trigger-response"), and back. */
export function kindSlug(kind: Kind): string {
  return SLUGS[kind];
}

export function kindFromSlug(slug: string): Kind | null {
  return (Object.entries(SLUGS).find(([, s]) => s === slug)?.[0] as Kind | undefined) ?? null;
}
