import { z } from "zod";
import type { PausePhase } from "./state";

/**
 * What the pause's verbs answer, as zod: the JSON API documents these (lib/api/openapi.ts), and
 * the declarations' `api.output` must have the operations' own output types, so the document
 * can't drift from the code. Times are ms since the epoch on the server's clock, as on the socket.
 */
const EXAMPLE_MS = 1_796_174_471_524;
const epochMs = (description: string) =>
  z.number().int().nonnegative().meta({ description: `${description} (ms since the epoch, server clock)`, examples: [EXAMPLE_MS] });
const count = (description: string, example: number) => z.number().int().nonnegative().meta({ description, examples: [example] });

export const PauseViewSchema = z
  .object({
    id: z.string(),
    startedById: z.string().nullable().describe("Null once the one who started it deleted their account"),
    startedAt: epochMs("When it started"),
    endsAt: epochMs("When it reaches zero"),
    minutes: count("How long it was agreed to last", 10),
    extensions: count("How many times “10 more minutes” was chosen at zero", 0),
    partnerReadyAt: epochMs("When the partner said they’re ready").nullable(),
    endedAt: epochMs("When it ended").nullable(),
    endedById: z.string().nullable(),
    endReason: z.enum(["EXPIRED", "ENDED_EARLY", "UNDONE"]).nullable(),
    reconveneChoice: z.enum(["TALK_NOW", "SCHEDULE"]).nullable(),
    reconveneAt: epochMs("When we agreed to talk").nullable(),
  })
  .meta({ id: "Pause" });

export const PausePlanSchema = z
  .object({
    minutes: count("Our pause’s length", 10),
    reconvene: z.string().nullable().describe("How we come back together, in words (English)"),
    reconveneWay: z.enum(["TALK_NOW", "SCHEDULE_WITHIN_24H"]).nullable().describe("How we come back together, as a value"),
    during: z.string().nullable().describe("What we agreed to do during the pause, in the couple’s own words"),
    fromAgreement: z.boolean().describe("False when the couple has no pause rule yet (the default 10 minutes)"),
  })
  .meta({ id: "PausePlan", description: "What the couple agreed for a pause, and so what happens at zero" });

export const PauseStateSchema = z
  .object({
    pause: PauseViewSchema.nullable().describe("The open pause, or the latest one"),
    plan: PausePlanSchema,
    serverNow: epochMs("The server’s clock when this was read"),
  })
  .meta({ id: "PauseState", description: "The couple’s authoritative pause state, as the partner’s screen receives it" });

export const StartedPauseSchema = PauseStateSchema.extend({
  created: z.boolean().describe("False when a pause was already running: starting again shows it"),
}).meta({ id: "StartedPause" });

const PHASES = ["idle", "counting", "reconvene", "ended"] as const satisfies readonly PausePhase[];

/** The read a widget or a watch shows: now, in plain fields. */
export const PauseSummarySchema = z
  .object({
    phase: z.enum(PHASES).describe("idle: no pause · counting: running · reconvene: reached zero, waiting for our choice · ended: ended a moment ago"),
    pause: z
      .object({
        id: z.string(),
        startedAt: z.iso.datetime(),
        endsAt: z.iso.datetime(),
        remainingSeconds: count("Seconds until zero (0 once it reached zero)", 598),
        startedBy: z.enum(["me", "partner"]).nullable().describe("Null once the one who started it deleted their account"),
        startedByName: z.string().nullable(),
        partnerReady: z.boolean().describe("The partner said they’re ready to talk"),
      })
      .nullable()
      .describe("Null when idle"),
    atZero: PausePlanSchema.describe("What happens at zero: what we agreed"),
    serverNow: z.iso.datetime(),
  })
  .meta({ id: "PauseSummary" });

export type PauseSummary = z.output<typeof PauseSummarySchema>;
