import { z } from "zod";
import { messageRef } from "../i18n/ref";
import { isValidTimeZone } from "./cadence";
import { CHANNELS, CHECK_IN_PURPOSES, LONG_TEXT, NEED_KEYS, PAUSE_MINUTES, RECONVENE, SHORT_TEXT, WEEKDAYS, type Kind } from "./constants";

/**
 * One zod schema per kind of agreement, shared by the forms, the server, socket payloads and tests.
 * Content is flat (one key per form field) so field errors land right under their input.
 * People are stored as user ids ("both" / "either" for the two of us), never as "me"/"you",
 * so each partner sees them the right way round.
 */
export * from "./constants";

const tooLong = (max: number) => messageRef("agreements.validation.tooLong", { max });
const required = (message: string, max: number) => z.string({ error: message }).trim().min(1, message).max(max, tooLong(max));
const optional = (max: number) => z.string().trim().max(max, tooLong(max)).default("");
/** A checkbox group arrives as a string (one ticked), an array, or nothing. */
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(max));
const person = (message: string) => z.string({ error: message }).trim().min(1, message).max(64, message);
const choice = <const T extends readonly [string, ...string[]]>(values: T, message: string) => z.enum(values, { error: message });

const needs = list(choice(NEED_KEYS, "agreements.validation.needs"), NEED_KEYS.length);

export const CheckInContentSchema = z
  .object({
    about: required("agreements.validation.about", SHORT_TEXT),
    unit: choice(["DAY", "WEEK"], "agreements.validation.unit"),
    every: z.coerce.number({ error: "agreements.validation.everyNumber" }).int("agreements.validation.everyWhole"),
    days: list(choice(WEEKDAYS, "agreements.validation.days"), 7),
    time: z
      .string({ error: "agreements.validation.time" })
      .trim()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "agreements.validation.time"),
    timeZone: z.string().trim().refine(isValidTimeZone, "agreements.validation.timeZone"),
    channel: choice(CHANNELS, "agreements.validation.channel"),
    starter: person("agreements.validation.starter"),
    script: optional(LONG_TEXT),
    needs,
    // Versions stored before the weekly review existed have no purpose: they are check-ins.
    purpose: choice(CHECK_IN_PURPOSES, "agreements.validation.purpose").default("CHECK_IN"),
  })
  .superRefine((c, ctx) => {
    const [min, max] = c.unit === "DAY" ? [1, 30] : [1, 8];
    if (c.every < min || c.every > max) ctx.addIssue({ code: "custom", path: ["every"], message: messageRef("agreements.validation.everyRange", { unit: c.unit, min, max }) });
    if (c.unit === "WEEK" && c.days.length === 0) ctx.addIssue({ code: "custom", path: ["days"], message: "agreements.validation.pickDay" });
  });

export const TriggerResponseContentSchema = z.object({
  trigger: required("agreements.validation.trigger", SHORT_TEXT),
  whose: person("agreements.validation.whose"),
  response: required("agreements.validation.response", LONG_TEXT),
  giver: person("agreements.validation.giver"),
  triggeredWillDo: optional(LONG_TEXT),
  needs,
});

const pauseMinutes = messageRef("agreements.validation.pauseMinutes", { min: PAUSE_MINUTES.min, max: PAUSE_MINUTES.max });
export const PauseRuleContentSchema = z.object({
  minutes: z.coerce
    .number({ error: pauseMinutes })
    .int(pauseMinutes)
    .min(PAUSE_MINUTES.min, pauseMinutes)
    .max(PAUSE_MINUTES.max, pauseMinutes),
  reconvene: choice(RECONVENE, "agreements.validation.reconvene"),
  during: optional(LONG_TEXT),
  needs,
});

export const NeedContentSchema = z
  .object({
    need: choice([...NEED_KEYS, "OTHER"], "agreements.validation.need"),
    ownWords: optional(SHORT_TEXT),
    why: required("agreements.validation.why", LONG_TEXT),
  })
  .superRefine((c, ctx) => {
    if (c.need === "OTHER" && !c.ownWords) ctx.addIssue({ code: "custom", path: ["ownWords"], message: "agreements.validation.ownWords" });
  });

export const contentSchemas = {
  CHECK_IN: CheckInContentSchema,
  TRIGGER_RESPONSE: TriggerResponseContentSchema,
  PAUSE_RULE: PauseRuleContentSchema,
  NEED: NeedContentSchema,
} as const;

export type CheckInContent = z.output<typeof CheckInContentSchema>;
export type TriggerResponseContent = z.output<typeof TriggerResponseContentSchema>;
export type PauseRuleContent = z.output<typeof PauseRuleContentSchema>;
export type NeedContent = z.output<typeof NeedContentSchema>;
export type ContentOf<K extends Kind> = z.output<(typeof contentSchemas)[K]>;

/** Content with its kind: the discriminated union every layer passes around. */
export type AgreementContent =
  | ({ kind: "CHECK_IN" } & CheckInContent)
  | ({ kind: "TRIGGER_RESPONSE" } & TriggerResponseContent)
  | ({ kind: "PAUSE_RULE" } & PauseRuleContent)
  | ({ kind: "NEED" } & NeedContent);

const note = optional(LONG_TEXT);
// Ids come from the page, not from a person: a missing one means an old page or a broken client.
const id = (_what: string) => z.string({ error: "agreements.validation.missingId" }).trim().min(1, "agreements.validation.missingId").max(64, "agreements.validation.missingId");

/** Content with its kind, discriminated on `kind`: the schema every layer validates with. */
export const AgreementContentSchema = z.discriminatedUnion(
  "kind",
  [
    CheckInContentSchema.safeExtend({ kind: z.literal("CHECK_IN") }),
    TriggerResponseContentSchema.safeExtend({ kind: z.literal("TRIGGER_RESPONSE") }),
    PauseRuleContentSchema.safeExtend({ kind: z.literal("PAUSE_RULE") }),
    NeedContentSchema.safeExtend({ kind: z.literal("NEED") }),
  ],
  { error: "agreements.validation.kind" },
);

export const ProposeAgreementSchema = AgreementContentSchema.and(z.object({ note }));
export const ProposeChangeSchema = AgreementContentSchema.and(z.object({ note, agreementId: id("agreement"), basedOnVersionId: id("version") }));
export const CounterProposalSchema = AgreementContentSchema.and(z.object({ note, agreementId: id("agreement"), versionId: id("proposal") }));

export const ProposeRetireSchema = z.object({ agreementId: id("agreement"), basedOnVersionId: id("version"), note });
export const DecisionSchema = z.object({ agreementId: id("agreement"), versionId: id("proposal") });
export const DeclineSchema = DecisionSchema.extend({ reason: optional(LONG_TEXT) });
export const AgreementIdSchema = z.object({ agreementId: id("agreement") });

export type ProposeAgreementInput = z.output<typeof ProposeAgreementSchema>;
export type ProposeChangeInput = z.output<typeof ProposeChangeSchema>;
export type CounterProposalInput = z.output<typeof CounterProposalSchema>;
export type ProposeRetireInput = z.output<typeof ProposeRetireSchema>;
export type DecisionInput = z.output<typeof DecisionSchema>;
export type DeclineInput = z.output<typeof DeclineSchema>;

const ORDER = new Map<string, number>(WEEKDAYS.map((d, i) => [d, i]));

/** The content part of a validated input, in canonical form (days in week order, no duplicates). */
export function toContent(input: AgreementContent & Record<string, unknown>): AgreementContent {
  const content = pick(input);
  if ("needs" in content) content.needs = NEED_KEYS.filter((k) => content.needs.includes(k));
  if (content.kind === "CHECK_IN") {
    content.days = content.unit === "DAY" ? [] : [...new Set(content.days)].sort((x, y) => ORDER.get(x)! - ORDER.get(y)!);
  }
  if (content.kind === "NEED" && content.need !== "OTHER") content.ownWords = "";
  return content;
}

function pick(input: AgreementContent & Record<string, unknown>): AgreementContent {
  const keys = Object.keys(contentSchemas[input.kind].shape) as string[];
  return Object.fromEntries([["kind", input.kind], ...keys.map((k) => [k, input[k]])]) as AgreementContent;
}

/** Reads stored JSON back into typed content (throws on a row that was never valid). */
export function parseContent(kind: Kind, json: unknown): AgreementContent {
  return AgreementContentSchema.parse({ ...(json as object), kind });
}

/** The people fields of a content that name a user id (the rest say "both"/"either"). */
export function personFields(content: AgreementContent): { field: string; value: string; allowed: string[] }[] {
  if (content.kind === "TRIGGER_RESPONSE") {
    return [
      { field: "whose", value: content.whose, allowed: ["both"] },
      { field: "giver", value: content.giver, allowed: ["both"] },
    ];
  }
  if (content.kind === "CHECK_IN") return [{ field: "starter", value: content.starter, allowed: ["either"] }];
  return [];
}
