import { db } from "../db";

/** The user's live tokens for Me, newest first: never the secret (it isn't stored), only its hint. */
export function listTokens(userId: string) {
  return db.accessToken.findMany({
    where: { userId, revokedAt: null },
    select: { id: true, name: true, scope: true, hint: true, createdAt: true, lastUsedAt: true },
    orderBy: { createdAt: "desc" },
  });
}
