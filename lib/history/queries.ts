import { db } from "../db";
import { listPauseHistory } from "../pause/queries";

/**
 * The couple's timeline: events from the append-only log (the pause's own events are left out,
 * since each pause is shown once, with its outcome, from the Pause row).
 */
export async function getTimeline(coupleId: string, take = 100) {
  const [events, pauses] = await Promise.all([
    db.event.findMany({
      where: { coupleId, NOT: { type: { startsWith: "pause." } } },
      orderBy: { createdAt: "desc" },
      take,
      select: { id: true, type: true, actorId: true, data: true, createdAt: true },
    }),
    listPauseHistory(coupleId, take),
  ]);
  return { events, pauses, now: Date.now() };
}
