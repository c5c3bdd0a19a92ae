import { NEED_KEYS, type Kind, type NeedKey } from "../agreements/constants";

/**
 * An item's title as data, said in each reader's own words when shown. What we wrote (a check-in's
 * subject, a trigger, a need in our own words) is kept as written; a pause rule's and a listed
 * need's titles are the app's words, so they are not stored as text: partners may read different
 * languages, and one payload goes to every screen of a person. Zod-free: the review's island imports it.
 */
export type ItemTitle = { text: string } | { pauseMinutes: number } | { need: NeedKey };

/** The agreements' words a title may need (clientWords("agreements", TITLE_KEYS)). */
export type TitleKey = "pauseTitle" | `needs.${NeedKey}.label`;
export const TITLE_KEYS: TitleKey[] = ["pauseTitle", ...NEED_KEYS.map((k) => `needs.${k}.label` as const)];

/**
 * The title of the version we reviewed, from its content; the stored title when the content is
 * missing or is something we wrote. `stored` is the English title saved when the review started.
 */
export function itemTitleOf(kind: Kind, content: unknown, stored: string): ItemTitle {
  if (content && typeof content === "object") {
    const c = content as { minutes?: unknown; need?: unknown };
    if (kind === "PAUSE_RULE" && typeof c.minutes === "number") return { pauseMinutes: c.minutes };
    if (kind === "NEED" && (NEED_KEYS as readonly unknown[]).includes(c.need)) return { need: c.need as NeedKey };
  }
  return { text: stored };
}

/** The title in the reader's words: `t` is the agreements namespace's translator (server or island). */
export function sayItemTitle(title: ItemTitle, t: (key: TitleKey, values?: { minutes: number }) => string): string {
  if ("text" in title) return title.text;
  if ("pauseMinutes" in title) return t("pauseTitle", { minutes: title.pauseMinutes });
  return t(`needs.${title.need}.label`);
}
