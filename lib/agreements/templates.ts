import { wordsFor } from "../i18n/translate";
import type { AgreementWords } from "./describe";
import type { AgreementContent, Kind, NeedKey } from "./schemas";

/**
 * Starting points drawn from common relationship guidance, in our own words. They are invitations
 * to adapt, never rules: nothing here says "you must always…". People are written as roles
 * ("me" = whoever proposes, "partner", "both"/"either") and resolved when the form opens.
 */
type Role = "me" | "partner" | "both" | "either";
type WithRoles<C> = { [K in keyof C]: K extends "whose" | "giver" | "starter" ? Role : C[K] };
type TemplateContent = AgreementContent extends infer C ? (C extends AgreementContent ? WithRoles<Omit<C, "timeZone">> : never) : never;

/** The words (title, blurb and the text fields) are in messages/*.json: agreements.templates.<id>. */
export interface Template {
  id: string;
  kind: Kind;
  content: TemplateContent;
}

const need = (key: NeedKey): Template => ({
  id: `need-${key.toLowerCase()}`,
  kind: "NEED",
  content: { kind: "NEED", need: key, ownWords: "", why: "" },
});

export const TEMPLATES: readonly Template[] = [
  {
    id: "weekly-check-in",
    kind: "CHECK_IN",
    content: {
      kind: "CHECK_IN",
      about: "",
      unit: "WEEK",
      every: 1,
      days: ["WED"],
      time: "19:30",
      channel: "IN_PERSON",
      starter: "either",
      script: "",
      purpose: "CHECK_IN",
      needs: ["PRESENCE", "STABILITY"],
    },
  },
  {
    id: "daily-check-in",
    kind: "CHECK_IN",
    content: {
      kind: "CHECK_IN",
      about: "",
      unit: "DAY",
      every: 1,
      days: [],
      time: "20:30",
      channel: "IN_PERSON",
      starter: "either",
      script: "",
      needs: ["PRESENCE", "RITUAL"],
      purpose: "CHECK_IN",
    },
  },
  {
    id: "weekly-review",
    kind: "CHECK_IN",
    content: {
      kind: "CHECK_IN",
      about: "",
      unit: "WEEK",
      every: 1,
      days: ["SUN"],
      time: "18:00",
      channel: "IN_APP",
      starter: "either",
      script: "",
      needs: ["STABILITY", "TRANSPARENCY"],
      // The rhythm that schedules our weekly review (lib/reviews): its next time is the review's.
      purpose: "REVIEW",
    },
  },
  {
    id: "late-reply",
    kind: "TRIGGER_RESPONSE",
    content: {
      kind: "TRIGGER_RESPONSE",
      trigger: "",
      whose: "partner",
      response: "",
      giver: "me",
      triggeredWillDo: "",
      needs: ["TRANSPARENCY", "STABILITY"],
    },
  },
  {
    id: "cancelled-plan",
    kind: "TRIGGER_RESPONSE",
    content: {
      kind: "TRIGGER_RESPONSE",
      trigger: "",
      whose: "both",
      response: "",
      giver: "both",
      triggeredWillDo: "",
      needs: ["STABILITY", "RESPECT"],
    },
  },
  {
    id: "tone-change",
    kind: "TRIGGER_RESPONSE",
    content: {
      kind: "TRIGGER_RESPONSE",
      trigger: "",
      whose: "me",
      response: "",
      giver: "partner",
      triggeredWillDo: "",
      needs: ["RESPECT", "PRESENCE"],
    },
  },
  {
    id: "pause-10",
    kind: "PAUSE_RULE",
    content: {
      kind: "PAUSE_RULE",
      minutes: 10,
      reconvene: "TALK_NOW",
      during: "",
      needs: ["RESPECT", "STABILITY"],
    },
  },
  need("TRANSPARENCY"),
  need("STABILITY"),
  need("RESPECT"),
  need("PRESENCE"),
  need("RITUAL"),
];

/** Every template's id, in the catalogue's order (a type for its keys). */
export const TEMPLATE_IDS = [
  "weekly-check-in",
  "daily-check-in",
  "weekly-review",
  "late-reply",
  "cancelled-plan",
  "tone-change",
  "pause-10",
  "need-transparency",
  "need-stability",
  "need-respect",
  "need-presence",
  "need-ritual",
] as const;

export function findTemplate(id: string | undefined | null): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

type TemplateId = (typeof TEMPLATE_IDS)[number];
const TEXT_FIELDS = ["about", "script", "trigger", "response", "triggeredWillDo", "during", "why"] as const;

/** A template's title and one-line description, in these words. */
export function templateText(template: Template, w: AgreementWords = wordsFor("en", "agreements")): { title: string; blurb: string } {
  const id = template.id as TemplateId;
  return { title: w.t(`templates.${id}.title`), blurb: w.t(`templates.${id}.blurb`) };
}

/** A template's content in these words, with roles resolved to people, ready for the form. */
export function resolveTemplate(
  template: Template,
  people: { meId: string; partnerId: string; timeZone: string },
  w: AgreementWords = wordsFor("en", "agreements"),
): AgreementContent {
  const role = (r: Role) => (r === "me" ? people.meId : r === "partner" ? people.partnerId : r);
  const text = Object.fromEntries(
    TEXT_FIELDS.filter((f) => f in template.content).map((f) => [f, w.t(`templates.${template.id as TemplateId}.${f}` as never)]),
  );
  const c = { ...template.content, ...text } as TemplateContent;
  switch (c.kind) {
    case "CHECK_IN":
      return { ...c, days: [...c.days], needs: [...c.needs], starter: role(c.starter), timeZone: people.timeZone };
    case "TRIGGER_RESPONSE":
      return { ...c, needs: [...c.needs], whose: role(c.whose), giver: role(c.giver) };
    case "PAUSE_RULE":
      return { ...c, needs: [...c.needs] };
    case "NEED":
      return { ...c };
  }
}
