import { z } from "zod";
import { defineOperation } from "../operations/define";
import { subscribe, unsubscribe, updateSettings } from "./mutations";
import { NotificationSettingsSchema, SubscribeSchema, UnsubscribeSchema } from "./schemas";
import { vapidKeys } from "./vapid";

/**
 * Web Push on Me: this device's subscription (one per session, gone with the session) and my
 * settings. Signed-in only, couple or not: settings and a device can be ready before we link.
 */
export const subscribePushOp = defineOperation({
  name: "push.subscribe",
  access: "member",
  input: SubscribeSchema,
  rateLimit: { limit: "write", what: "changes" },
  run: (input, { member }) => subscribe(member, input),
});

export const unsubscribePushOp = defineOperation({
  name: "push.unsubscribe",
  access: "member",
  input: UnsubscribeSchema,
  rateLimit: { limit: "write", what: "changes" },
  run: (input, { member }) => unsubscribe(member, input.endpoint),
});

export const updatePushSettingsOp = defineOperation({
  name: "push.updateSettings",
  access: "member",
  input: NotificationSettingsSchema,
  rateLimit: { limit: "write", what: "changes" },
  run: (input, { member }) => updateSettings(member, input),
});

/**
 * The key browsers subscribe with (public by nature): the service worker asks for it when the push
 * service renewed a subscription and the old one's key is not at hand. Null: this server sends no pushes.
 */
export const pushPublicKeyOp = defineOperation({
  name: "push.publicKey",
  access: "public",
  input: z.object({}).strip().default({}),
  rateLimit: { limit: "live", what: "requests" },
  run: async () => ({ publicKey: vapidKeys()?.publicKey ?? null }),
});

export const pushOperations = [subscribePushOp, unsubscribePushOp, updatePushSettingsOp, pushPublicKeyOp] as const;
