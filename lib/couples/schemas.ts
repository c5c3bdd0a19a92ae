import { z } from "zod";

export const RedeemInviteSchema = z.object({
  code: z
    .string({ error: "Please enter the invite code." })
    .trim()
    .min(1, "Please enter the invite code.")
    .max(40, "That code is too long — invite codes have 10 letters and numbers."),
});

export const LeaveCoupleSchema = z.object({
  password: z.string().min(1, "Please enter your password to confirm.").max(128),
});

export const EmptySchema = z.object({}).strip().optional().default({});
