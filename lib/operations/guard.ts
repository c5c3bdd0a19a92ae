import { isCoupleMember, type Member } from "../auth/member";
import { AppError, COUPLE_ENDED, NO_COUPLE, SESSION_ENDED } from "../errors";
import type { Access } from "./define";

/**
 * The one access check, for every transport: null when the member may run an operation of this
 * access level, else the refusal they see (the same words over HTTP and the socket).
 */
export function refusalFor(member: Member | null, access: Access): AppError | null {
  if (access === "public") return null;
  if (!member) return new AppError("unauthorized", SESSION_ENDED);
  if (access === "couple" && !isCoupleMember(member)) {
    return new AppError("forbidden", member.couple?.endedAt ? COUPLE_ENDED : NO_COUPLE);
  }
  return null;
}
