import { z } from "zod";
import { LOCALES, PSEUDO_LOCALE } from "../i18n/config";

/**
 * Shared by the forms and the server: the same rules and the same words in both places. Messages
 * are catalogue keys (messages/*.json), said in the person's language by lib/operations/result.ts.
 */
export const EmailSchema = z
  .string({ error: "validation.emailRequired" })
  .trim()
  .toLowerCase()
  .min(1, "validation.emailRequired")
  .max(254, "validation.emailTooLong")
  .pipe(z.email({ error: "validation.emailInvalid" }));

export const PasswordSchema = z
  .string({ error: "validation.passwordRequired" })
  .min(10, "validation.passwordTooShort")
  .max(128, "validation.passwordTooLong");

export const NameSchema = z
  .string({ error: "validation.nameRequired" })
  .trim()
  .min(1, "validation.nameRequired")
  .max(60, "validation.nameTooLong");

export const TimeZoneSchema = z
  .string({ error: "validation.timeZoneRequired" })
  .trim()
  .refine(isValidTimeZone, "validation.timeZoneUnknown");

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
  password: z.string().min(1, "validation.passwordEnter").max(128, "validation.passwordTooLong"),
});

export const ProfileSchema = z.object({ name: NameSchema, timeZone: TimeZoneSchema });

/** The app's language on Me: one we speak, or "" to follow each browser (stored as null). */
export const SetLocaleSchema = z.object({
  locale: z
    .enum(["", ...LOCALES, PSEUDO_LOCALE], { error: "validation.localeUnknown" })
    .transform((v) => (v === "" ? null : v)),
});

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "validation.passwordCurrent"),
    newPassword: PasswordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ["newPassword"],
    message: "validation.passwordDifferent",
  });

export const ConfirmPasswordSchema = z.object({
  password: z.string().min(1, "validation.passwordConfirm").max(128),
});

export const SessionIdSchema = z.object({ sessionId: z.string().min(1).max(100) });
