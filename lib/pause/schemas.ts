import { z } from "zod";

/** A pause lasts at most 24 hours in total, extensions included (also a CHECK in the database). */
export const MAX_PAUSE_MS = 24 * 60 * 60 * 1000;
/** The length when the couple has no active pause rule yet. */
export const DEFAULT_PAUSE_MINUTES = 10;
/** "10 more minutes" at the reconvene moment. */
export const EXTEND_MINUTES = 10;
/** A mistaken tap can be taken back this long after starting (the button shows it for 5 s; the rest is network grace). */
export const UNDO_WINDOW_MS = 8_000;
/** After zero, the reconvene choice waits this long; later it reads as a pause whose time simply ran out. */
export const RECONVENE_WINDOW_MS = 12 * 60 * 60 * 1000;

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
