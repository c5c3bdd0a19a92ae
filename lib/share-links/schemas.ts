import { z } from "zod";
import { SHARE_DAYS, SHARE_MESSAGES, THERAPIST_NAME_MAX } from "./constants";

export const ProposeShareLinkSchema = z.object({
  therapistName: z
    .string()
    .trim()
    .max(THERAPIST_NAME_MAX, SHARE_MESSAGES.nameTooLong)
    .optional()
    .transform((v) => v || null),
  // Forms send text; a blank or non-number is refused, never rounded into range.
  days: z.coerce
    .number({ error: SHARE_MESSAGES.daysRange })
    .int(SHARE_MESSAGES.daysRange)
    .min(SHARE_DAYS.min, SHARE_MESSAGES.daysRange)
    .max(SHARE_DAYS.max, SHARE_MESSAGES.daysRange),
});
export type ProposeShareLinkInput = z.output<typeof ProposeShareLinkSchema>;

export const ShareLinkIdSchema = z.object({
  linkId: z.string({ error: SHARE_MESSAGES.notFound }).trim().min(1, SHARE_MESSAGES.notFound).max(64, SHARE_MESSAGES.notFound),
});

/** Any string: a malformed token is answered exactly like an unknown one (see openSharedRecord). */
export const ViewShareLinkSchema = z.object({ token: z.string().max(200) });
