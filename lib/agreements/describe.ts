import { NEED_KEYS, type Kind, type NeedKey, type Reconvene } from "./constants";
import type { AgreementContent } from "./schemas";

/**
 * Words for agreements, shared by cards, the detail page and diffs. Client-safe (no server imports).
 * People are stored as user ids; the viewer turns them into "Me" / their partner's name.
 */
export interface Viewer {
  meId: string;
  /** Names by user id: me and my partner. */
  names: Record<string, string>;
}

export const KIND_LABELS: Record<Kind, { one: string; many: string; blurb: string }> = {
  CHECK_IN: { one: "Check-in", many: "Check-ins", blurb: "A rhythm for checking in with each other." },
  TRIGGER_RESPONSE: { one: "Trigger → response", many: "Triggers and responses", blurb: "When something stings, what helps." },
  PAUSE_RULE: { one: "Pause rule", many: "Our pause rule", blurb: "How long we take a breather, and how we come back." },
  NEED: { one: "Need", many: "Needs", blurb: "What helps each of us feel safe." },
};

export const NEED_LABELS: Record<NeedKey, { label: string; blurb: string }> = {
  TRANSPARENCY: { label: "Transparency", blurb: "Knowing what’s going on with each other, without having to guess." },
  STABILITY: { label: "Stability", blurb: "Plans and habits we can count on." },
  RESPECT: { label: "Respect", blurb: "Being spoken to kindly, even when things are hard." },
  PRESENCE: { label: "Presence", blurb: "Feeling that the other is really here with us." },
  RITUAL: { label: "Ritual", blurb: "Small shared moments that are ours." },
};

export const CHANNEL_LABELS: Record<string, string> = {
  IN_PERSON: "In person",
  CALL: "On a call",
  MESSAGE: "By message",
  IN_APP: "Here in the app",
};

export const RECONVENE_LABELS: Record<Reconvene, string> = {
  TALK_NOW: "We talk again as soon as the pause ends",
  SCHEDULE_WITHIN_24H: "We pick a time to talk within 24 hours",
};

const DAY_NAMES: Record<string, string> = {
  MON: "Monday",
  TUE: "Tuesday",
  WED: "Wednesday",
  THU: "Thursday",
  FRI: "Friday",
  SAT: "Saturday",
  SUN: "Sunday",
};

/** "Tuesdays", "Tuesdays and Fridays", "Mondays, Wednesdays and Fridays", "Every day". */
export function formatDays(days: readonly string[]): string {
  if (days.length === 7) return "Every day";
  return joinList(days.map((d) => `${DAY_NAMES[d] ?? d}s`));
}

export function joinList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

export function formatEvery(unit: "DAY" | "WEEK", every: number): string {
  const word = unit === "DAY" ? "day" : "week";
  return every === 1 ? `Every ${word}` : `Every ${every} ${word}s`;
}

export function formatMinutes(minutes: number): string {
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** "Me", "Blake", "Both of us"; `possessive` gives "Mine", "Blake’s". */
export function formatPerson(ref: string, viewer: Viewer, possessive = false): string {
  if (ref === "both") return "Both of us";
  if (ref === "either") return "Either of us";
  if (ref === viewer.meId) return possessive ? "Mine" : "Me";
  const name = viewer.names[ref];
  if (!name) return possessive ? "A former partner’s" : "A former partner";
  return possessive ? `${name}’s` : name;
}

export function needLabel(key: string): string {
  return NEED_LABELS[key as NeedKey]?.label ?? key;
}

/** One line naming the agreement, e.g. "A late reply" or "Our 10-minute pause". */
export function agreementTitle(content: AgreementContent): string {
  switch (content.kind) {
    case "CHECK_IN":
      return content.about;
    case "TRIGGER_RESPONSE":
      return content.trigger;
    case "PAUSE_RULE":
      return `Our ${content.minutes}-minute pause`;
    case "NEED":
      return content.need === "OTHER" ? content.ownWords : needLabel(content.need);
  }
}

/** A short second line for cards. */
export function agreementSummary(content: AgreementContent, viewer: Viewer): string {
  switch (content.kind) {
    case "CHECK_IN":
      return `${content.unit === "WEEK" && content.every === 1 ? formatDays(content.days) : formatEvery(content.unit, content.every)}${content.unit === "WEEK" && content.every > 1 ? ` on ${formatDays(content.days)}` : ""} at ${content.time} · ${CHANNEL_LABELS[content.channel]}`;
    case "TRIGGER_RESPONSE":
      return `${formatPerson(content.giver, viewer)}: “${content.response}”`;
    case "PAUSE_RULE":
      return RECONVENE_LABELS[content.reconvene];
    case "NEED":
      return content.why;
  }
}

export interface DisplayField {
  key: string;
  label: string;
  /** Empty when there is nothing to show. */
  value: string;
}

/** Every field of a content, in reading order, in words for this viewer. */
export function displayFields(content: AgreementContent, viewer: Viewer): DisplayField[] {
  const needs = (keys: readonly string[]) => ({ key: "needs", label: "Needs it serves", value: joinList(NEED_KEYS.filter((k) => keys.includes(k)).map(needLabel)) });
  switch (content.kind) {
    case "CHECK_IN":
      return [
        { key: "about", label: "What we check in about", value: content.about },
        { key: "every", label: "How often", value: formatEvery(content.unit, content.every) },
        { key: "days", label: "Days", value: content.unit === "WEEK" ? formatDays(content.days) : "" },
        { key: "time", label: "Time", value: content.time },
        { key: "timeZone", label: "Time zone", value: content.timeZone.replaceAll("_", " ") },
        { key: "channel", label: "How", value: CHANNEL_LABELS[content.channel] ?? content.channel },
        { key: "starter", label: "Who starts", value: formatPerson(content.starter, viewer) },
        { key: "script", label: "What we say", value: content.script },
        needs(content.needs),
        { key: "purpose", label: "What it’s for", value: content.purpose === "REVIEW" ? "Our weekly review: Steady reminds us both when it’s time" : "" },
      ];
    case "TRIGGER_RESPONSE":
      return [
        { key: "trigger", label: "The trigger", value: content.trigger },
        { key: "whose", label: "Whose trigger", value: formatPerson(content.whose, viewer, true) },
        { key: "response", label: "What helps", value: content.response },
        { key: "giver", label: "Who says it", value: formatPerson(content.giver, viewer) },
        { key: "triggeredWillDo", label: "What the one who’s triggered will do", value: content.triggeredWillDo },
        needs(content.needs),
      ];
    case "PAUSE_RULE":
      return [
        { key: "minutes", label: "Length", value: formatMinutes(content.minutes) },
        { key: "reconvene", label: "Coming back together", value: RECONVENE_LABELS[content.reconvene] },
        { key: "during", label: "What we each do meanwhile", value: content.during },
        needs(content.needs),
      ];
    case "NEED":
      return [
        { key: "need", label: "The need", value: content.need === "OTHER" ? content.ownWords : needLabel(content.need) },
        { key: "why", label: "Why it matters", value: content.why },
      ];
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
