/**
 * The agreements' fixed lists and limits, in one zod-free module: forms (client components) import
 * these, and `schemas.ts` builds its zod schemas on them, so zod never ships to the browser.
 */
export { DEFAULT_PAUSE_MINUTES } from "../pause/constants";
export const PAUSE_MINUTES = { min: 5, max: 60 } as const;
export const SHORT_TEXT = 100;
export const LONG_TEXT = 400;

export const KINDS = ["CHECK_IN", "TRIGGER_RESPONSE", "PAUSE_RULE", "NEED"] as const;
export type Kind = (typeof KINDS)[number];

export const NEED_KEYS = ["TRANSPARENCY", "STABILITY", "RESPECT", "PRESENCE", "RITUAL"] as const;
export type NeedKey = (typeof NEED_KEYS)[number];

export const WEEKDAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const CHANNELS = ["IN_PERSON", "CALL", "MESSAGE", "IN_APP"] as const;
/** What a check-in rhythm is for: an ordinary check-in, or the one that schedules our weekly review. */
export const CHECK_IN_PURPOSES = ["CHECK_IN", "REVIEW"] as const;
export type CheckInPurpose = (typeof CHECK_IN_PURPOSES)[number];
export const RECONVENE = ["TALK_NOW", "SCHEDULE_WITHIN_24H"] as const;
export type Reconvene = (typeof RECONVENE)[number];
