import { z } from "zod";
import { defineOperation } from "../operations/define";
import { appUrl, env } from "../env";
import { createInvite, leaveCouple, redeemInvite, releaseEndedCoupleFor, revokeInvite } from "./mutations";
import { LeaveCoupleSchema, RedeemInviteSchema } from "./schemas";

export const createInviteOp = defineOperation({
  name: "couples.createInvite",
  access: "member",
  input: z.object({}).strip(),
  run: (_input, { member, request, now }) => createInvite(member, env().APP_URL ? appUrl() : (request.origin ?? appUrl()), now),
});

export const revokeInviteOp = defineOperation({
  name: "couples.revokeInvite",
  access: "member",
  input: z.object({}).strip(),
  run: (_input, { member }) => revokeInvite(member),
});

export const redeemInviteOp = defineOperation({
  name: "couples.redeemInvite",
  access: "member",
  input: RedeemInviteSchema,
  run: (input, { member, request, now }) => redeemInvite(member, input.code, request.ip, now),
});

export const leaveCoupleOp = defineOperation({
  name: "couples.leave",
  access: "member",
  input: LeaveCoupleSchema,
  run: async (input, { member }) => {
    await leaveCouple(member, input.password);
    return { left: true };
  },
});

export const releaseEndedCoupleOp = defineOperation({
  name: "couples.releaseEnded",
  access: "member",
  input: z.object({}).strip(),
  run: async (_input, { member }) => {
    await releaseEndedCoupleFor(member);
    return { released: true };
  },
});

export const coupleOperations = [createInviteOp, revokeInviteOp, redeemInviteOp, leaveCoupleOp, releaseEndedCoupleOp] as const;
