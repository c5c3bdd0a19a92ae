import type { CoupleMember } from "../auth/member";
import { db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { MAX_TOKENS_PER_USER, type TokenScope } from "./constants";
import type { CreateTokenInput } from "./schemas";
import { newTokenSecret } from "./secret";

export interface CreatedToken {
  id: string;
  name: string;
  scope: TokenScope;
  /** The only time the secret leaves the server: it is not stored, so it can't be shown again. */
  secret: string;
  hint: string;
  createdAt: string;
}

export const TOO_MANY_TOKENS = `You have ${MAX_TOKENS_PER_USER} tokens already. Revoke one you no longer use, then make a new one.`;

/**
 * A new token for this member, bound to their couple. The user's row is locked while counting, so
 * two creations at once can't both slip under the cap.
 */
export async function createToken(member: CoupleMember, input: CreateTokenInput): Promise<CreatedToken> {
  const { secret, secretHash, hint } = newTokenSecret();
  const row = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${member.user.id} FOR UPDATE`;
    const live = await tx.accessToken.count({ where: { userId: member.user.id, revokedAt: null } });
    if (live >= MAX_TOKENS_PER_USER) throw new AppError("conflict", TOO_MANY_TOKENS);
    return tx.accessToken.create({
      data: { userId: member.user.id, coupleId: member.couple.id, name: input.name, scope: input.scope, secretHash, hint },
      select: { id: true, name: true, scope: true, hint: true, createdAt: true },
    });
  });
  return { ...row, secret, createdAt: row.createdAt.toISOString() };
}

/** Revokes one of the user's own tokens at once; anyone else's id, or one already revoked, changes nothing. */
export async function revokeToken(userId: string, tokenId: string): Promise<{ revoked: boolean }> {
  const { count } = await db.accessToken.updateMany({ where: { id: tokenId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return { revoked: count > 0 };
}

/** "Sign out everywhere" also turns off every token: a lost phone's Shortcut included. */
export async function revokeAllTokens(userId: string): Promise<number> {
  const { count } = await db.accessToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}

/** When a couple ends, both partners' tokens made for it stop, in the same transaction as the end. */
export async function revokeCoupleTokens(tx: Pick<Prisma.TransactionClient, "accessToken">, coupleId: string): Promise<void> {
  await tx.accessToken.updateMany({ where: { coupleId, revokedAt: null }, data: { revokedAt: new Date() } });
}
