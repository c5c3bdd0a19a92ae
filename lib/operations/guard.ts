import { isCoupleMember, type Member } from "../auth/member";
import { AppError } from "../errors";
import type { Access } from "./define";

/**
 * The one access check, for every transport: null when the member may run an operation of this
 * access level, else the refusal they see (the same words over HTTP and the socket).
 */
export function refusalFor(member: Member | null, access: Access): AppError | null {
  if (access === "public") return null;
  if (!member) return new AppError("unauthorized", "errors.sessionEnded");
  if (access === "couple" && !isCoupleMember(member)) {
    return new AppError("forbidden", member.couple?.endedAt ? "errors.coupleEnded" : "errors.noCouple");
  }
  return null;
}
