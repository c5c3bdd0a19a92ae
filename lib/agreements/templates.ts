import type { AgreementContent, Kind, NeedKey } from "./schemas";

/**
 * Starting points drawn from common relationship guidance, in our own words. They are invitations
 * to adapt, never rules: nothing here says "you must always…". People are written as roles
 * ("me" = whoever proposes, "partner", "both"/"either") and resolved when the form opens.
 */
type Role = "me" | "partner" | "both" | "either";
type WithRoles<C> = { [K in keyof C]: K extends "whose" | "giver" | "starter" ? Role : C[K] };
type TemplateContent = AgreementContent extends infer C ? (C extends AgreementContent ? WithRoles<Omit<C, "timeZone">> : never) : never;

export interface Template {
  id: string;
  kind: Kind;
  title: string;
  blurb: string;
  content: TemplateContent;
}

const need = (key: NeedKey, title: string, blurb: string, why: string): Template => ({
  id: `need-${key.toLowerCase()}`,
  kind: "NEED",
  title,
  blurb,
  content: { kind: "NEED", need: key, ownWords: "", why },
});

export const TEMPLATES: readonly Template[] = [
  {
    id: "weekly-check-in",
    kind: "CHECK_IN",
    title: "A weekly check-in",
    blurb: "Half an hour each week to hear how we’re both doing.",
    content: {
      kind: "CHECK_IN",
      about: "How we’re doing",
      unit: "WEEK",
      every: 1,
      days: ["WED"],
      time: "19:30",
      channel: "IN_PERSON",
      starter: "either",
      script: "Each of us: one thing that felt good between us this week, one thing that was hard, and one thing we need.",
      purpose: "CHECK_IN",
      needs: ["PRESENCE", "STABILITY"],
    },
  },
  {
    id: "daily-check-in",
    kind: "CHECK_IN",
    title: "A daily 10-minute check-in",
    blurb: "A short evening moment to hear how the other is doing.",
    content: {
      kind: "CHECK_IN",
      about: "How today felt",
      unit: "DAY",
      every: 1,
      days: [],
      time: "20:30",
      channel: "IN_PERSON",
      starter: "either",
      script: "Ten minutes, phones down: one thing that went well today, and one thing I need.",
      needs: ["PRESENCE", "RITUAL"],
      purpose: "CHECK_IN",
    },
  },
  {
    id: "weekly-review",
    kind: "CHECK_IN",
    title: "A weekly review",
    blurb: "Once a week, look back together at how our agreements went.",
    content: {
      kind: "CHECK_IN",
      about: "How our week went",
      unit: "WEEK",
      every: 1,
      days: ["SUN"],
      time: "18:00",
      channel: "IN_APP",
      starter: "either",
      script: "What helped us this week? What was hard? Is there one thing we’d like to try differently?",
      needs: ["STABILITY", "TRANSPARENCY"],
      // The rhythm that schedules our weekly review (lib/reviews): its next time is the review's.
      purpose: "REVIEW",
    },
  },
  {
    id: "late-reply",
    kind: "TRIGGER_RESPONSE",
    title: "A late reply",
    blurb: "When a message goes unanswered and the mind starts to wander.",
    content: {
      kind: "TRIGGER_RESPONSE",
      trigger: "A late reply to a message",
      whose: "partner",
      response: "I’m caught up right now, but I’ve seen you — I’ll write properly by this evening.",
      giver: "me",
      triggeredWillDo: "Remember that a slow reply usually means a busy day, and say so if I’m worried.",
      needs: ["TRANSPARENCY", "STABILITY"],
    },
  },
  {
    id: "cancelled-plan",
    kind: "TRIGGER_RESPONSE",
    title: "A cancelled plan",
    blurb: "When plans change and it lands harder than expected.",
    content: {
      kind: "TRIGGER_RESPONSE",
      trigger: "A plan that gets cancelled",
      whose: "both",
      response: "I’m sorry our plan fell through. Let’s pick a new time now so it doesn’t just disappear.",
      giver: "both",
      triggeredWillDo: "Tell the other it stung, without making it a verdict on us.",
      needs: ["STABILITY", "RESPECT"],
    },
  },
  {
    id: "tone-change",
    kind: "TRIGGER_RESPONSE",
    title: "A change in tone",
    blurb: "When a sharp word or a cooler voice sets off alarm bells.",
    content: {
      kind: "TRIGGER_RESPONSE",
      trigger: "A sudden change in tone",
      whose: "me",
      response: "That came out sharper than I meant. I’m not upset with you — can I try again?",
      giver: "partner",
      triggeredWillDo: "Ask gently (“Are we okay?”) instead of assuming the worst.",
      needs: ["RESPECT", "PRESENCE"],
    },
  },
  {
    id: "pause-10",
    kind: "PAUSE_RULE",
    title: "The 10-minute pause",
    blurb: "If either of us feels flooded or unsafe, we take a break and come back.",
    content: {
      kind: "PAUSE_RULE",
      minutes: 10,
      reconvene: "TALK_NOW",
      during: "We each breathe, stretch or step outside. No texting about the argument; we come back when the time is up.",
      needs: ["RESPECT", "STABILITY"],
    },
  },
  need("TRANSPARENCY", "Transparency", "Knowing what’s going on, without having to guess.", "When I know what’s happening, I can relax instead of filling the gaps with worry."),
  need("STABILITY", "Stability", "Plans and habits we can count on.", "Knowing what to expect helps me feel that we’re solid."),
  need("RESPECT", "Respect", "Kind words, even in hard moments.", "When we stay kind while we disagree, I can stay open instead of defending myself."),
  need("PRESENCE", "Presence", "Feeling the other is really here.", "Undivided attention, even briefly, tells me I matter to you."),
  need("RITUAL", "Ritual", "Small shared moments that are ours.", "Our little rituals remind me that we’re a team."),
];

export function findTemplate(id: string | undefined | null): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

/** A template's content with roles resolved to people, ready for the form. */
export function resolveTemplate(template: Template, people: { meId: string; partnerId: string; timeZone: string }): AgreementContent {
  const role = (r: Role) => (r === "me" ? people.meId : r === "partner" ? people.partnerId : r);
  const c = template.content;
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
