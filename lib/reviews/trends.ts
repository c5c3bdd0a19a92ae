import type { ItemTitle } from "./item-title";
import type { ReviewView } from "./view";

/**
 * Ratings per agreement over our reviews, from views (so a rating that may not be shown to the
 * viewer is never in a trend, and a week one of us was away has no point rather than a zero).
 */
export interface TrendAxis {
  reviews: { id: string; at: number; mode: ReviewView["mode"] }[];
  series: TrendSeries[];
}

export interface TrendSeries {
  agreementId: string;
  /** The title at its latest review. */
  title: ItemTitle;
  /** Its step in its latest review: series read in the order we went through them. */
  position: number;
  /** One per review on the axis, in the same order; null where there is no rating. */
  mine: (number | null)[];
  partner: (number | null)[];
}

/** `views` in any order; the axis runs oldest to newest. */
export function buildTrends(views: readonly ReviewView[]): TrendAxis {
  const ordered = [...views].sort((x, y) => x.startedAt - y.startedAt);
  const series = new Map<string, TrendSeries>();
  ordered.forEach((view, index) => {
    for (const item of view.items) {
      if (!item.mine && !item.partner) continue;
      let s = series.get(item.agreementId);
      if (!s) {
        s = { agreementId: item.agreementId, title: item.title, position: item.position, mine: ordered.map(() => null), partner: ordered.map(() => null) };
        series.set(item.agreementId, s);
      }
      s.title = item.title;
      s.position = item.position;
      s.mine[index] = item.mine?.rating ?? null;
      s.partner[index] = item.partner?.rating ?? null;
    }
  });
  // Most recently reviewed first: what we looked at last week leads.
  const lastSeen = (s: TrendSeries) => Math.max(s.mine.findLastIndex((v) => v !== null), s.partner.findLastIndex((v) => v !== null));
  return {
    reviews: ordered.map((v) => ({ id: v.id, at: v.startedAt, mode: v.mode })),
    series: [...series.values()].sort((x, y) => lastSeen(y) - lastSeen(x) || x.position - y.position),
  };
}
