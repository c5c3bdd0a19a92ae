import { z } from "zod";

/** Shared by the forms and the server: the same rules and the same words in both places. */
export const EmailSchema = z
  .string({ error: "Please enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Please enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "That doesn’t look like an email address — please check it." }));

export const PasswordSchema = z
  .string({ error: "Please enter a password." })
  .min(10, "Please use at least 10 characters.")
  .max(128, "Please use at most 128 characters.");

export const NameSchema = z
  .string({ error: "Please tell us what to call you." })
  .trim()
  .min(1, "Please tell us what to call you.")
  .max(60, "Please keep your name under 60 characters.");

export const TimeZoneSchema = z
  .string({ error: "Please choose a time zone." })
  .trim()
  .refine(isValidTimeZone, "Please choose a time zone from the list.");

export function isValidTimeZone(tz: string): boolean {
  if (!tz) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const SignUpSchema = z.object({
  name: NameSchema,
  email: EmailSchema,
  password: PasswordSchema,
  timeZone: TimeZoneSchema,
});
export type SignUpInput = z.infer<typeof SignUpSchema>;

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, "Please enter your password.").max(128, "Please use at most 128 characters."),
});

export const ProfileSchema = z.object({ name: NameSchema, timeZone: TimeZoneSchema });

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Please enter your current password."),
    newPassword: PasswordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ["newPassword"],
    message: "Please choose a password different from the current one.",
  });

export const ConfirmPasswordSchema = z.object({
  password: z.string().min(1, "Please enter your password to confirm.").max(128),
});

export const SessionIdSchema = z.object({ sessionId: z.string().min(1).max(100) });
