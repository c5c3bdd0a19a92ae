import { z } from "zod";
import { messageRef } from "../i18n/ref";

// Catalogue keys (messages/*.json "push"): executeOperation says them in the person's language.
const base64url = (bytes: number, missing: string, wrong: string) =>
  z
    .string({ error: missing })
    .trim()
    .refine((v) => /^[A-Za-z0-9_-]+={0,2}$/.test(v) && Buffer.from(v, "base64url").length === bytes, { message: wrong, abort: true });

/** A browser's PushSubscription as `subscription.toJSON()` gives it. */
export const SubscribeSchema = z
  .object({
    endpoint: z.string({ error: "push.validation.noEndpoint" }).trim().min(1, "push.validation.noEndpoint").max(2000, "push.validation.endpointTooLong"),
    keys: z.object({
      // An uncompressed P-256 point (65 bytes, 0x04 first) and a 16-byte secret (RFC 8291).
      p256dh: base64url(65, "push.validation.noKey", "push.validation.badKey").refine((v) => Buffer.from(v, "base64url")[0] === 4, "push.validation.badKey"),
      auth: base64url(16, "push.validation.noSecret", "push.validation.badSecret"),
    }),
    /** The service worker's renewal (pushsubscriptionchange): the endpoint this one replaces. */
    oldEndpoint: z.string().trim().max(2000).optional(),
  })
  .strip();
export type SubscribeInput = z.infer<typeof SubscribeSchema>;

export const UnsubscribeSchema = z.object({ endpoint: z.string().trim().max(2000).optional() }).strip();

const flag = z.boolean({ error: "push.validation.onOff" });
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = z.string().trim().max(5, messageRef("push.validation.time", { example: "22:00" })).optional();

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
    if (!v.quietFrom) ctx.addIssue({ code: "custom", path: ["quietFrom"], message: "push.validation.quietFrom" });
    else if (!HHMM.test(v.quietFrom)) ctx.addIssue({ code: "custom", path: ["quietFrom"], message: messageRef("push.validation.time", { example: "22:00" }) });
    if (!v.quietTo) ctx.addIssue({ code: "custom", path: ["quietTo"], message: "push.validation.quietTo" });
    else if (!HHMM.test(v.quietTo)) ctx.addIssue({ code: "custom", path: ["quietTo"], message: messageRef("push.validation.time", { example: "07:00" }) });
    if (v.quietFrom && v.quietFrom === v.quietTo) ctx.addIssue({ code: "custom", path: ["quietTo"], message: "push.validation.quietSame" });
  })
  .transform(({ quiet, quietFrom, quietTo, ...rest }) => ({
    ...rest,
    quietFrom: quiet ? quietFrom! : null,
    quietTo: quiet ? quietTo! : null,
  }));
export type NotificationSettingsInput = z.input<typeof NotificationSettingsSchema>;
