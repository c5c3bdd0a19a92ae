import { z } from "zod";

export * from "./constants";

// Messages are catalogue keys (messages/*.json), said in the person's language by lib/operations/result.ts.

const PauseId = z.string({ error: "pause.errors.whichPause" }).min(1).max(64);

/**
 * The tap's own key, made by the phone once per tap and sent again with each retry of that tap
 * (socket, then HTTP): a retry after a lost answer finds the pause the first attempt started.
 */
export const StartKeySchema = z.string({ error: "errors.notUnderstood" }).regex(/^[\w-]{8,64}$/, { error: "errors.notUnderstood" });
export const StartPauseSchema = z.object({ key: StartKeySchema.optional() }).strip().default({});
export const PauseRefSchema = z.object({ pauseId: PauseId }).strip();
export const SyncPauseSchema = z.object({}).strip().default({});

export const ReconveneChoiceSchema = z.enum(["TALK_NOW", "EXTEND", "SCHEDULE"], {
  error: "pause.errors.chooseOne",
});

export const ReconveneSchema = z
  .object({
    pauseId: PauseId,
    choice: ReconveneChoiceSchema,
    /** SCHEDULE only: when we'll talk, in ms since the epoch (server clock), within 24 hours. */
    at: z.coerce.number({ error: "pause.errors.pickTime" }).int().positive().optional(),
  })
  .strip()
  .refine((v) => v.choice !== "SCHEDULE" || v.at !== undefined, { message: "pause.errors.pickTime", path: ["at"] });

export type ReconveneInput = z.infer<typeof ReconveneSchema>;
export type StartPauseInput = z.infer<typeof StartPauseSchema>;
export type PauseRefInput = z.infer<typeof PauseRefSchema>;
