import { defineOperation } from "../operations/define";
import { subscribe, unsubscribe, updateSettings } from "./mutations";
import { NotificationSettingsSchema, SubscribeSchema, UnsubscribeSchema } from "./schemas";

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

export const pushOperations = [subscribePushOp, unsubscribePushOp, updatePushSettingsOp] as const;
