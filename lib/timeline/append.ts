import type { Prisma } from "../generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "event">;

/**
 * Appends to the couple's timeline inside the caller's transaction, so the event exists exactly
 * when the change it describes does. `data` holds ids and small facts, never private text.
 */
export async function appendEvent(tx: Tx, coupleId: string, actorId: string | null, type: string, data: Prisma.InputJsonValue = {}, at?: Date) {
  // `at` is the operation's clock (ctx.now); without it the database's.
  await tx.event.create({ data: { coupleId, actorId, type, data, ...(at ? { createdAt: at } : {}) } });
}
