import { defineOperation } from "../operations/define";
import { createToken, revokeToken } from "./mutations";
import { CreateTokenSchema, TokenRefSchema } from "./schemas";

/**
 * Personal access tokens for the JSON API (/api/v1), made and revoked on Me. Making one needs an
 * active couple: every verb a token can reach is the couple's, and the token ends with the couple.
 * Revoking needs only the account, so a token can always be turned off.
 */
export const createTokenOp = defineOperation({
  name: "tokens.create",
  access: "couple",
  input: CreateTokenSchema,
  rateLimit: { limit: "write", what: "changes" },
  run: (input, { member }) => createToken(member, input),
});

export const revokeTokenOp = defineOperation({
  name: "tokens.revoke",
  access: "member",
  input: TokenRefSchema,
  rateLimit: { limit: "write", what: "changes" },
  run: (input, { member }) => revokeToken(member.user.id, input.tokenId),
});

export const tokenOperations = [createTokenOp, revokeTokenOp] as const;
