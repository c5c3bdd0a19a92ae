import type { ReviewT } from "./words";

/** Who is looking at a review screen, and the name of the one they do it with. */
export interface ReviewPeople {
  meId: string;
  meName: string;
  partnerId: string | null;
  partnerName: string;
}

/** "Blake", "Me", or "A former partner" for someone no longer in the couple. */
export function nameOf(people: ReviewPeople, userId: string | null, t: ReviewT): string {
  if (userId === people.meId) return t("people.me");
  if (userId && userId === people.partnerId) return people.partnerName;
  return t("people.former");
}
