import { db } from "../db";
import { isUniqueViolation } from "../db/unique-violation";
import { AppError } from "../errors";
import { consume, resetLimit } from "../rate-limit";
import { confirmPassword, endMembership } from "../couples/mutations";
import type { Member } from "../auth/member";
import { hashPassword, verifyPassword } from "../auth/password";
import { weakPasswordReason } from "../auth/password-strength";
import { createSession, revokeOtherSessions } from "../auth/sessions";
import type { SignUpInput } from "../auth/schemas";
import { PSEUDO_LOCALE } from "../i18n/config";
import { say } from "../i18n/translate";

const EMAIL_TAKEN = "auth.errors.emailTaken";

async function rejectWeak(password: string, inputs: string[]) {
  const reason = await weakPasswordReason(password, inputs);
  if (!reason) return;
  // zxcvbn's own advice is in English only: English keeps it, other languages give the general advice.
  const advice = /\((.+)\)\. Try/.exec(reason)?.[1];
  throw new AppError("bad_request", "auth.errors.weakPassword", { password: [reason] }, undefined, { advice: advice ? ` (${advice})` : "" });
}

/** Creates the account; the client then signs in through next-auth with the same credentials. */
export async function signUp(input: SignUpInput, ip: string): Promise<{ userId: string }> {
  await consume("signUpIp", ip, "sign-ups from this network");
  await rejectWeak(input.password, [input.email, input.name, "steady"]);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new AppError("conflict", EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
  try {
    const user = await db.user.create({
      data: { email: input.email, name: input.name, timeZone: input.timeZone, passwordHash: await hashPassword(input.password) },
      select: { id: true },
    });
    return { userId: user.id };
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("conflict", EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
    throw err;
  }
}

/** In English, for tests; the refusal itself is said in the person's language. */
export const SIGN_IN_FAILED = say("en", "auth.errors.credentials");

/**
 * next-auth's Credentials authorize(): the same message and the same argon2 work for an unknown
 * email and a wrong password. On success a server-side session record is created.
 */
export async function authenticateCredentials(email: string, password: string, ip: string, userAgent: string) {
  await consume("signInIp", ip, "sign-in attempts");
  await consume("signInAccount", email, "sign-in attempts");
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, passwordHash: true } });
  const valid = await verifyPassword(user?.passwordHash, password);
  if (!user || !valid) throw new AppError("unauthorized", "auth.errors.credentials");
  await resetLimit("signInAccount", email);
  const session = await createSession(user.id, userAgent);
  return { id: user.id, name: user.name, email: user.email, sid: session.id };
}

export async function updateProfile(member: Member, input: { name: string; timeZone: string }) {
  await db.user.update({ where: { id: member.user.id }, data: { name: input.name, timeZone: input.timeZone } });
  return { name: input.name, timeZone: input.timeZone };
}

/** The app's language for this person on every device (null: each browser's own); partners choose separately. */
export async function setLocale(member: Member, locale: string | null, pseudoAllowed: boolean) {
  if (locale === PSEUDO_LOCALE && !pseudoAllowed) throw new AppError("bad_request", "validation.localeUnknown", { locale: ["validation.localeUnknown"] });
  await db.user.update({ where: { id: member.user.id }, data: { locale } });
  return { locale };
}

/** Changing the password ends every other session (and their sockets) at once. */
export async function changePassword(member: Member, input: { currentPassword: string; newPassword: string }) {
  await confirmPassword(member.user.id, input.currentPassword).catch((err: unknown) => {
    if (err instanceof AppError && err.fieldErrors?.password) {
      throw new AppError("bad_request", err.key ?? err.message, { currentPassword: err.fieldErrors.password });
    }
    throw err;
  });
  await rejectWeak(input.newPassword, [member.user.email, member.user.name, "steady"]);
  await db.user.update({ where: { id: member.user.id }, data: { passwordHash: await hashPassword(input.newPassword) } });
  const ended = await revokeOtherSessions(member.user.id, member.sessionId);
  return { endedSessions: ended };
}

/**
 * Deletes the account: leaves the couple first (the partner keeps a read-only copy in which my
 * proposals show as "a former partner"), then removes the user, their sessions and private rows.
 */
export async function deleteAccount(member: Member, password: string) {
  await confirmPassword(member.user.id, password);
  if (member.couple) await endMembership(member.user.id, member.couple.id);
  await revokeOtherSessions(member.user.id);
  await db.user.delete({ where: { id: member.user.id } });
}
