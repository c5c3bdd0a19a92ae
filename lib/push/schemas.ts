import { z } from "zod";

const base64url = (bytes: number, what: string) =>
  z
    .string({ error: `This browser sent no ${what}. Try turning notifications on again.` })
    .trim()
    .refine((v) => /^[A-Za-z0-9_-]+={0,2}$/.test(v) && Buffer.from(v, "base64url").length === bytes, `This browser’s ${what} doesn’t look right. Try turning notifications on again.`);

/** A browser's PushSubscription as `subscription.toJSON()` gives it. */
export const SubscribeSchema = z
  .object({
    endpoint: z.string({ error: "This browser sent no push address. Try turning notifications on again." }).trim().min(1).max(2000, "That push address is too long."),
    keys: z.object({
      // An uncompressed P-256 point (65 bytes, 0x04 first) and a 16-byte secret (RFC 8291).
      p256dh: base64url(65, "encryption key").refine((v) => Buffer.from(v, "base64url")[0] === 4, "This browser’s encryption key doesn’t look right. Try turning notifications on again."),
      auth: base64url(16, "secret"),
    }),
    /** The service worker's renewal (pushsubscriptionchange): the endpoint this one replaces. */
    oldEndpoint: z.string().trim().max(2000).optional(),
  })
  .strip();
export type SubscribeInput = z.infer<typeof SubscribeSchema>;

export const UnsubscribeSchema = z.object({ endpoint: z.string().trim().max(2000).optional() }).strip();

const flag = z.boolean({ error: "Please choose on or off." });
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = z.string().trim().max(5, "Please give a time like 22:00.").optional();

export const NotificationSettingsSchema = z
  .object({
    pauseStarted: flag,
    pauseAfter: flag,
    proposals: flag,
    checkIns: flag,
    reviews: flag,
    quiet: flag,
    quietFrom: time,
    quietTo: time,
    showNames: flag,
  })
  .strip()
  .superRefine((v, ctx) => {
    if (!v.quiet) return;
    if (!v.quietFrom) ctx.addIssue({ code: "custom", path: ["quietFrom"], message: "Please give the time quiet hours start, like 22:00." });
    else if (!HHMM.test(v.quietFrom)) ctx.addIssue({ code: "custom", path: ["quietFrom"], message: "Please give a time like 22:00." });
    if (!v.quietTo) ctx.addIssue({ code: "custom", path: ["quietTo"], message: "Please give the time quiet hours end, like 07:00." });
    else if (!HHMM.test(v.quietTo)) ctx.addIssue({ code: "custom", path: ["quietTo"], message: "Please give a time like 07:00." });
    if (v.quietFrom && v.quietFrom === v.quietTo) ctx.addIssue({ code: "custom", path: ["quietTo"], message: "Quiet hours need to end at another time than they start." });
  })
  .transform(({ quiet, quietFrom, quietTo, ...rest }) => ({
    ...rest,
    quietFrom: quiet ? quietFrom! : null,
    quietTo: quiet ? quietTo! : null,
  }));
export type NotificationSettingsInput = z.input<typeof NotificationSettingsSchema>;
