import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { currentRequest } from "../operations/next-request";
import { resolveMember, type CoupleMember, type Member } from "./member";

/** The signed-in member for this request, resolved once per render (React cache). */
export const getMember = cache(async (): Promise<Member | null> => {
  const { sessionId } = await currentRequest();
  return resolveMember(sessionId);
});

/** Pages: the signed-in member, or a redirect to sign in that comes back here afterwards. */
export async function requireMember(from?: string): Promise<Member> {
  const member = await getMember();
  if (!member) redirect(from ? `/signin?from=${encodeURIComponent(from)}` : "/signin");
  return member;
}

/** Pages that need a couple (active or ended-and-read-only); without one, go to the linking screen. */
export async function requireCouple(from?: string): Promise<Member & { couple: NonNullable<Member["couple"]> }> {
  const member = await requireMember(from);
  if (!member.couple) redirect("/together");
  return member as Member & { couple: NonNullable<Member["couple"]> };
}

/** Pages that write shared data: an ended couple shows its ended state instead. */
export async function requireActiveCouple(from?: string): Promise<CoupleMember> {
  const member = await requireCouple(from);
  if (member.couple.endedAt) redirect("/together");
  return member as CoupleMember;
}
