import { db } from "@/lib/db";
import { appendEvent } from "@/lib/timeline/append";

const MINUTE = 60_000;
const DAY = 86_400_000;

type Ending = "talked" | "early" | "extended" | "scheduled";

/**
 * Pauses over six weeks, each ending a different way, written as the pause's mutations would
 * leave them (rows plus timeline events). They are in the past, so they go straight in: the
 * live mutations take the server's clock, not a story's.
 */
export async function seedPauses(coupleId: string, who: { a: string; b: string }, now: Date) {
  const plan: { daysAgo: number; hourUtc: number; by: string; ending: Ending }[] = [
    { daysAgo: 38, hourUtc: 19, by: who.a, ending: "talked" },
    { daysAgo: 31, hourUtc: 20, by: who.b, ending: "extended" },
    { daysAgo: 24, hourUtc: 18, by: who.a, ending: "early" },
    { daysAgo: 16, hourUtc: 21, by: who.b, ending: "scheduled" },
    { daysAgo: 6, hourUtc: 19, by: who.a, ending: "talked" },
    { daysAgo: 2, hourUtc: 20, by: who.b, ending: "early" },
  ];
  for (const p of plan) {
    const startedAt = new Date(now.getTime() - p.daysAgo * DAY);
    startedAt.setUTCHours(p.hourUtc, 10, 0, 0);
    const minutes = 20;
    const other = p.by === who.a ? who.b : who.a;
    const zero = new Date(startedAt.getTime() + minutes * MINUTE);
    const row =
      p.ending === "early"
        ? { endsAt: zero, endedAt: new Date(startedAt.getTime() + 12 * MINUTE), endedById: p.by, endReason: "ENDED_EARLY" as const, reconveneChoice: "TALK_NOW" as const }
        : p.ending === "extended"
          ? { endsAt: new Date(zero.getTime() + 10 * MINUTE), extensions: 1, endedAt: new Date(zero.getTime() + 10 * MINUTE), endedById: other, endReason: "EXPIRED" as const, reconveneChoice: "TALK_NOW" as const }
          : p.ending === "scheduled"
            ? { endsAt: zero, endedAt: zero, endedById: other, endReason: "EXPIRED" as const, reconveneChoice: "SCHEDULE" as const, reconveneAt: new Date(zero.getTime() + 14 * 60 * MINUTE) }
            : { endsAt: zero, endedAt: zero, endedById: other, endReason: "EXPIRED" as const, reconveneChoice: "TALK_NOW" as const };
    await db.$transaction(async (tx) => {
      const pause = await tx.pause.create({
        data: { coupleId, startedById: p.by, startedAt, minutes, partnerReadyAt: new Date(startedAt.getTime() + 9 * MINUTE), ...row },
        select: { id: true },
      });
      await appendEvent(tx, coupleId, p.by, "pause.started", { pauseId: pause.id, minutes }, startedAt);
      if (p.ending === "extended") await appendEvent(tx, coupleId, other, "pause.extended", { pauseId: pause.id, choice: "EXTEND", minutes: 10 }, zero);
      await appendEvent(tx, coupleId, row.endedById, p.ending === "early" ? "pause.ended" : "pause.reconvened", { pauseId: pause.id }, row.endedAt);
    });
  }
}
