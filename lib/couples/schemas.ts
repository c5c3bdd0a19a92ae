import { z } from "zod";

export const RedeemInviteSchema = z.object({
  code: z
    .string({ error: "together.validation.code" })
    .trim()
    .min(1, "together.validation.code")
    .max(40, "together.validation.codeTooLong"),
});

export const LeaveCoupleSchema = z.object({
  password: z.string().min(1, "validation.passwordConfirm").max(128),
});

export const EmptySchema = z.object({}).strip().optional().default({});
