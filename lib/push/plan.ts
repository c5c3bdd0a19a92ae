import { jobQuery } from "../db";
import { named, sql } from "../db/raw";
import type { JobRow } from "../jobs/queue";
import type { PushKind } from "./constants";
import type { PausePlanRow } from "./recipients";
import type { SendOptions } from "./send";
import type { PushWords } from "./words";

/**
 * What one push job says, read at the moment it runs: a pause that ended early, a proposal already
 * answered or a check-in already logged sends nothing; a pause that was extended moves its "zero"
 * to the new end. `text` is made per recipient (their time zone; a name only if they opted in).
 */
export type Plan =
  | { skip: string }
  | { later: Date }
  | {
      /** "partner": everyone but data.actorId; "both": the two of us. */
      audience: "partner" | "both";
      /** In the recipient's words (their language) and time zone. */
      text: (r: { timeZone: string; words: PushWords }, actorName: string | null) => string;
      url: string;
      tag: string;
      send: SendOptions;
    };

const HOUR = 3600;

const str = (v: unknown) => (typeof v === "string" ? v : "");

/**
 * Whether the "a pause has started" push of this job's pause may have reached a phone: done
 * without a note (sent), or sent to some phones before a retry; "in flight" while a node holds it.
 */
async function startedPushOf(job: JobRow): Promise<"sent" | "in flight" | "not sent"> {
  const rows = await jobQuery<{ done: boolean; held: boolean; note: string | null; someSent: boolean }>(
    named(
      "push_started_state",
      sql`SELECT ("doneAt" IS NOT NULL) AS "done", ("lockedUntil" > (now() AT TIME ZONE 'UTC')) AS "held", "lastError" AS "note",
          (jsonb_array_length(COALESCE("data"->'sent', '[]'::jsonb)) > 0) AS "someSent"
        FROM "Job" WHERE "coupleId" = ${job.coupleId} AND "kind" = 'pause.started' AND "data"->>'pauseId' = ${str(job.data.pauseId)}`,
    ),
  );
  const row = rows[0];
  if (!row) return "not sent";
  if (row.done) return row.note === null || row.someSent ? "sent" : "not sent";
  if (row.held) return "in flight";
  return row.someSent ? "sent" : "not sent";
}

/** `pause`: the job's pause as it is now (read with the recipients), for the kinds in PAUSE_ROW_KINDS. */
export async function planFor(job: JobRow, now: Date, pause: PausePlanRow | null = null): Promise<Plan> {
  const kind = job.kind as PushKind;
  const pauseOptions = (ttl: number): SendOptions => ({ ttl, urgency: "high", topic: "pause" });
  switch (kind) {
    case "pause.started": {
      if (!pause || pause.endedAt) return { skip: "the pause already ended" };
      // Worth nothing once the pause is over: the push service may drop it then.
      const ttl = Math.max(60, Math.ceil((pause.endsAt.getTime() - now.getTime()) / 1000));
      return { audience: "partner", text: (r, name) => r.words.pauseStarted(pause.minutes, name), url: "/pause", tag: "pause", send: pauseOptions(ttl) };
    }
    case "pause.undone": {
      // Same tag and topic as "a pause has started": on the partner's lock screen this replaces
      // it (or, not yet delivered, the push service drops the older one). Sent only if that one
      // may have gone out.
      const started = await startedPushOf(job);
      if (started === "in flight") return { later: new Date(now.getTime() + 2000) };
      if (started === "not sent") return { skip: "the start was never sent" };
      return { audience: "partner", text: (r, name) => r.words.pauseUndone(name), url: "/pause", tag: "pause", send: pauseOptions(10 * 60) };
    }
    case "pause.zero": {
      if (!pause || pause.endedAt) return { skip: "the pause already ended" };
      if (pause.endsAt.getTime() > now.getTime() + 1000) return { later: pause.endsAt }; // extended
      return { audience: "both", text: (r) => r.words.pauseZero, url: "/pause", tag: "pause", send: pauseOptions(HOUR) };
    }
    case "pause.reconvened": {
      const choice = str(job.data.choice);
      const at = typeof job.data.at === "number" ? new Date(job.data.at) : null;
      const minutes = Number(job.data.minutes ?? 10);
      type R = { timeZone: string; words: PushWords };
      const text =
        choice === "SCHEDULE" && at
          ? (r: R, name: string | null) => r.words.reconvened.schedule(r.words.clock(at, r.timeZone), name)
          : choice === "EXTEND"
            ? (r: R) => r.words.reconvened.extend(minutes)
            : (r: R, name: string | null) => r.words.reconvened.talkNow(name);
      return { audience: "partner", text, url: "/pause", tag: "pause", send: pauseOptions(HOUR) };
    }
    case "pause.talkAt": {
      const at = typeof job.data.at === "number" ? job.data.at : NaN;
      if (!pause || pause.reconveneChoice !== "SCHEDULE" || pause.reconveneAt?.getTime() !== at) return { skip: "no longer the time we chose" };
      return { audience: "both", text: (r) => r.words.talkAt(r.words.clock(new Date(at), r.timeZone)), url: "/pause", tag: "pause", send: pauseOptions(HOUR / 2) };
    }
    case "proposal.waiting": {
      const rows = await jobQuery<{ status: string }>(
        named("push_version", sql`SELECT "status" FROM "AgreementVersion" WHERE "id" = ${str(job.data.versionId)} AND "coupleId" = ${job.coupleId}`),
      );
      if (rows[0]?.status !== "PENDING") return { skip: "the proposal was answered" };
      const agreementId = str(job.data.agreementId);
      return {
        audience: "partner",
        text: (r, name) => r.words.proposal(name),
        url: agreementId ? `/agreements/${encodeURIComponent(agreementId)}` : "/agreements",
        tag: `agreement-${agreementId}`,
        send: { ttl: 24 * HOUR, urgency: "normal" },
      };
    }
    case "checkin.due":
    case "review.due": {
      const at = new Date(str(job.data.at));
      const agreementId = str(job.data.agreementId);
      const rows = await jobQuery<{ active: boolean; logged: boolean; reviewed: boolean }>(
        named(
          "push_reminder_state",
          sql`SELECT
            EXISTS (SELECT 1 FROM "Agreement" WHERE "id" = ${agreementId} AND "coupleId" = ${job.coupleId} AND "status" = 'ACTIVE') AS "active",
            EXISTS (SELECT 1 FROM "CheckIn" WHERE "agreementId" = ${agreementId} AND "occurrenceKey" = ${str(job.data.occurrenceKey)}) AS "logged",
            EXISTS (SELECT 1 FROM "Review" WHERE "coupleId" = ${job.coupleId}
              AND "startedAt" >= (${new Date(at.getTime() - 12 * HOUR * 1000).toISOString()}::timestamptz AT TIME ZONE 'UTC')) AS "reviewed"`,
        ),
      );
      const state = rows[0];
      if (!state?.active) return { skip: "the rhythm is no longer ours" };
      if (kind === "checkin.due" && state.logged) return { skip: "already logged" };
      if (kind === "review.due" && state.reviewed) return { skip: "already started" };
      return kind === "checkin.due"
        ? { audience: "both", text: (r) => r.words.checkIn(r.words.clock(at, r.timeZone)), url: "/today", tag: `checkin-${agreementId}`, send: { ttl: 3 * HOUR, urgency: "normal" } }
        : { audience: "both", text: (r) => r.words.review(r.words.clock(at, r.timeZone)), url: "/review", tag: "review", send: { ttl: 12 * HOUR, urgency: "normal" } };
    }
    default:
      return { skip: `unknown kind ${job.kind}` };
  }
}
