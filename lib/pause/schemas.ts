import { z } from "zod";

export * from "./constants";

const PauseId = z.string({ error: "Which pause? The request did not say." }).min(1).max(64);

export const StartPauseSchema = z.object({}).strip().default({});
export const PauseRefSchema = z.object({ pauseId: PauseId }).strip();
export const SyncPauseSchema = z.object({}).strip().default({});

export const ReconveneChoiceSchema = z.enum(["TALK_NOW", "EXTEND", "SCHEDULE"], {
  error: "Please choose talk now, 10 more minutes, or a time.",
});

export const ReconveneSchema = z
  .object({
    pauseId: PauseId,
    choice: ReconveneChoiceSchema,
    /** SCHEDULE only: when we'll talk, in ms since the epoch (server clock), within 24 hours. */
    at: z.coerce.number({ error: "Please pick a time to talk." }).int().positive().optional(),
  })
  .strip()
  .refine((v) => v.choice !== "SCHEDULE" || v.at !== undefined, { message: "Please pick a time to talk.", path: ["at"] });

export type ReconveneInput = z.infer<typeof ReconveneSchema>;
export type PauseRefInput = z.infer<typeof PauseRefSchema>;
