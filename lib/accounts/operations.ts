import { z } from "zod";
import { defineOperation } from "../operations/define";
import { ChangePasswordSchema, ConfirmPasswordSchema, ProfileSchema, SessionIdSchema, SetLocaleSchema, SignUpSchema } from "../auth/schemas";
import { pseudoLocaleEnabled } from "../env";
import { revokeOtherSessions, revokeSession } from "../auth/sessions";
import { revokeAllTokens } from "../tokens/mutations";
import { buildExport } from "./export";
import { changePassword, deleteAccount, setLocale, signUp, updateProfile } from "./mutations";

export const signUpOp = defineOperation({
  name: "accounts.signUp",
  access: "public",
  input: SignUpSchema,
  run: (input, { request }) => signUp(input, request.ip),
});

export const updateProfileOp = defineOperation({
  name: "accounts.updateProfile",
  access: "member",
  input: ProfileSchema,
  run: (input, { member }) => updateProfile(member, input),
});

export const setLocaleOp = defineOperation({
  name: "accounts.setLocale",
  access: "member",
  input: SetLocaleSchema,
  // The pseudo-locale (lib/i18n) is for development and tests only.
  run: (input, { member }) => setLocale(member, input.locale, pseudoLocaleEnabled()),
});

export const changePasswordOp = defineOperation({
  name: "accounts.changePassword",
  access: "member",
  input: ChangePasswordSchema,
  run: (input, { member }) => changePassword(member, input),
});

export const deleteAccountOp = defineOperation({
  name: "accounts.deleteAccount",
  access: "member",
  input: ConfirmPasswordSchema,
  run: async (input, { member }) => {
    await deleteAccount(member, input.password);
    return { deleted: true };
  },
});

export const endSessionOp = defineOperation({
  name: "accounts.endSession",
  access: "member",
  input: SessionIdSchema,
  run: async (input, { member }) => ({ ended: await revokeSession(member.user.id, input.sessionId) }),
});

export const signOutEverywhereOp = defineOperation({
  name: "accounts.signOutEverywhere",
  access: "member",
  input: z.object({}).strip(),
  // Every way in ends: sessions (and their sockets) and the phone shortcuts' tokens.
  run: async (_input, { member }) => ({ ended: await revokeOtherSessions(member.user.id), tokensRevoked: await revokeAllTokens(member.user.id) }),
});

export const exportDataOp = defineOperation({
  name: "accounts.exportData",
  access: "member",
  input: z.object({}).strip(),
  run: (_input, { member }) => buildExport(member),
});

export const accountOperations = [signUpOp, updateProfileOp, setLocaleOp, changePasswordOp, deleteAccountOp, endSessionOp, signOutEverywhereOp, exportDataOp] as const;
