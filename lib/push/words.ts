import { intlLocale, type Locale } from "../i18n/config";
import { wordsFor } from "../i18n/translate";
import { PUSH_TITLE } from "./constants";

/**
 * What a notification says on a lock screen, in the recipient's language (messages/*.json,
 * `push.notification`). Neutral by rule: no feelings, nothing of what we agreed, no names unless
 * the person opted in (`name` is then given, else null).
 */
export function pushWords(locale: Locale) {
  const { t } = wordsFor(locale, "push");
  const clock = new Map<string, Intl.DateTimeFormat>();
  return {
    title: PUSH_TITLE,
    pauseStarted: (minutes: number, name: string | null) => (name ? t("notification.pauseStartedBy", { minutes, name }) : t("notification.pauseStarted", { minutes })),
    pauseUndone: (name: string | null) => (name ? t("notification.pauseUndoneBy", { name }) : t("notification.pauseUndone")),
    pauseZero: t("notification.pauseZero"),
    reconvened: {
      talkNow: (name: string | null) => (name ? t("notification.talkNowBy", { name }) : t("notification.talkNow")),
      schedule: (time: string, name: string | null) => (name ? t("notification.scheduleBy", { time, name }) : t("notification.schedule", { time })),
      extend: (minutes: number) => t("notification.extend", { minutes }),
    },
    talkAt: (time: string) => t("notification.talkAt", { time }),
    proposal: (name: string | null) => (name ? t("notification.proposalBy", { name }) : t("notification.proposal")),
    checkIn: (time: string) => t("notification.checkIn", { time }),
    review: (time: string) => t("notification.review", { time }),
    /** A time of day as the recipient reads it, in their own time zone. */
    clock: (at: Date, timeZone: string) => {
      let f = clock.get(timeZone);
      if (!f) clock.set(timeZone, (f = new Intl.DateTimeFormat(intlLocale(locale), { hour: "2-digit", minute: "2-digit", timeZone })));
      return f.format(at);
    },
  };
}

export type PushWords = ReturnType<typeof pushWords>;

const cache = new Map<Locale, PushWords>();

/** Made once per language for the life of the process. */
export function pushWordsFor(locale: Locale): PushWords {
  let w = cache.get(locale);
  if (!w) cache.set(locale, (w = pushWords(locale)));
  return w;
}
