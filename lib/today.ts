import type { ComponentType } from "react";
import type { Member } from "./auth/member";

type TodaySource = (member: Member) => Promise<ComponentType | null>;

/**
 * What the Today screen shows beyond the greeting, one card per domain (waiting proposals,
 * the next check-in…). Domains add their source to this list; the screen stays small.
 */
const sources: TodaySource[] = [];

export async function todaySections(member: Member): Promise<ComponentType[]> {
  const found = await Promise.all(sources.map((source) => source(member)));
  return found.filter((c): c is ComponentType => c !== null);
}
