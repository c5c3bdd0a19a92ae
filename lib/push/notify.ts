import { db } from "../db";
import { enqueue, type JobRow } from "../jobs/queue";
import { backoffMs, MAX_ATTEMPTS, type JobOutcome } from "../jobs/worker";
import { log } from "../log";
import { PASSES_QUIET_HOURS, PAUSE_ROW_KINDS, SETTING_OF, type PushKind, type PushMessage } from "./constants";
import { planFor } from "./plan";
import { inQuietHours, quietHoursEnd } from "./quiet-hours";
import { deleteSubscription, recipientsOf } from "./recipients";
import { deliver, type Delivery } from "./send";
import { vapidKeys } from "./vapid";
import { pushWordsFor } from "./words";

/**
 * Runs one push job (lib/jobs): decides what it says now (plan.ts), to whom (the couple, if still
 * active; each person's settings and quiet hours), encrypts and sends to every live subscription.
 * Expired subscriptions (404/410) are deleted; 429/5xx are retried with backoff, skipping the
 * phones that already got it (data.sent). Someone in quiet hours gets their own copy at the end.
 */
export async function runPushJob(job: JobRow, now = new Date()): Promise<JobOutcome> {
  const keys = vapidKeys();
  if (!keys) return { done: true, note: "no VAPID keys on this node" };
  if (!job.coupleId) return { done: true, note: "no couple" };
  const kind = job.kind as PushKind;
  // One round trip for a pause's push: the people, their phones and settings, and the pause itself.
  const { members, pause } = await recipientsOf(job.coupleId, PAUSE_ROW_KINDS.has(kind) ? String(job.data.pauseId ?? "") : null);
  if (members.length === 0) return { done: true, note: "the couple ended" };
  const plan = await planFor(job, now, pause);
  if ("skip" in plan) return { done: true, note: plan.skip };
  if ("later" in plan) return { retryAt: plan.later };

  const actorId = typeof job.data.actorId === "string" ? job.data.actorId : null;
  const only = Array.isArray(job.data.userIds) ? (job.data.userIds as string[]) : null;
  const sent = new Set(Array.isArray(job.data.sent) ? (job.data.sent as string[]) : []);
  const actorName = members.find((m) => m.userId === actorId)?.name ?? null;

  const deliveries: Promise<[string, Delivery]>[] = [];
  for (const r of members) {
    if (plan.audience === "partner" && r.userId === actorId) continue;
    if (only && !only.includes(r.userId)) continue;
    if (!r.settings[SETTING_OF[kind]]) continue;
    if (r.subscriptions.every((s) => sent.has(s.id))) continue;
    const quiet = r.settings.quietFrom && r.settings.quietTo ? { from: r.settings.quietFrom, to: r.settings.quietTo } : null;
    if (!PASSES_QUIET_HOURS.has(kind) && inQuietHours(quiet, r.timeZone, now)) {
      // Their own copy, at the end of their quiet hours; the key keeps a retry of this job from making two.
      await enqueue(db, { kind, coupleId: job.coupleId, key: `${job.id}:quiet:${r.userId}`, runAt: quietHoursEnd(quiet, r.timeZone, now), data: { ...job.data, userIds: [r.userId], sent: [] } });
      continue;
    }
    const words = pushWordsFor(r.locale);
    const message: PushMessage = {
      kind,
      title: words.title,
      body: plan.text({ timeZone: r.timeZone, words }, r.settings.showNames ? actorName : null),
      lang: r.locale,
      url: plan.url,
      tag: plan.tag,
      at: now.getTime(),
    };
    const payload = JSON.stringify(message);
    for (const sub of r.subscriptions) {
      if (sent.has(sub.id)) continue;
      deliveries.push(deliver(sub, payload, plan.send, keys).then((d) => [sub.id, d]));
    }
  }

  const results = await Promise.all(deliveries);
  let retry = false;
  let retryMs = 0;
  let lastReason = "";
  for (const [subId, d] of results) {
    if (d.status === "sent") sent.add(subId);
    else if (d.status === "gone") {
      const sub = members.flatMap((m) => m.subscriptions).find((s) => s.id === subId)!;
      await deleteSubscription(sub);
    } else if (d.status === "retry") {
      retry = true;
      retryMs = Math.max(retryMs, d.afterMs ?? backoffMs(job.attempts));
      lastReason = d.reason;
    } else {
      sent.add(subId); // not retried: the same request would fail the same way
      log.warn(`push: ${kind} not sent: ${d.reason}`);
    }
  }
  if (retry) {
    if (job.attempts >= MAX_ATTEMPTS) return { done: true, note: `gave up: ${lastReason}` };
    return { retryAt: new Date(Date.now() + retryMs), data: { ...job.data, sent: [...sent] }, error: lastReason };
  }
  return { done: true };
}
