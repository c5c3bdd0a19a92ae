/**
 * Every word a notification shows on a lock screen, in one place (issue 11 extracts it). Neutral by
 * rule: no feelings, nothing of what we agreed, no names unless the person opted in (`name` is
 * then given, else null).
 */
export const PUSH_WORDS = {
  title: "Steady",
  pauseStarted: (minutes: number, name: string | null) =>
    name ? `${name} started a pause — ${minutes} minutes` : `A pause has started — ${minutes} minutes`,
  pauseUndone: (name: string | null) => (name ? `${name} took the pause back` : "The pause was taken back"),
  pauseZero: "The pause is over — time to choose how we reconvene",
  reconvened: {
    talkNow: (name: string | null) => (name ? `${name} is ready to talk` : "Ready to talk now"),
    schedule: (time: string, name: string | null) => (name ? `${name} chose to talk at ${time}` : `We’ll talk at ${time}`),
    extend: (minutes: number) => `The pause goes on — ${minutes} more minutes`,
  },
  talkAt: (time: string) => `It’s ${time} — the time we chose to talk`,
  proposal: (name: string | null) => (name ? `${name} suggested something — would it work for us?` : "A suggestion is waiting for your answer"),
  checkIn: (time: string) => `Our check-in is at ${time}`,
  review: (time: string) => `Our weekly review is at ${time}`,
} as const;
