/**
 * Every word the check-in screens say, in one place (Today, the agreement page, the log form).
 * Calm and "we"-framed: a check-in is kept or not yet logged, never "failed"; no streaks, no scores.
 */
export const CHECK_IN_WORDS = {
  dueTitle: "It’s time for our check-in",
  missedTitle: (day: string) => `We haven’t logged ${day}’s check-in`,
  missedBody: "If we talked, we can still log it — it counts.",
  keptTitle: (day: string) => `We checked in ${day}`,
  upcomingTitle: "Our next check-in",
  next: (when: string) => `Next: ${when}`,
  tally: (kept: number, planned: number) =>
    planned === 0
      ? "Nothing planned yet this month."
      : planned === 1
        ? kept === 1
          ? "Kept the one we planned this month so far"
          : "The one we planned this month isn’t logged yet"
        : `Kept ${kept} of the ${planned} we planned this month`,
  logOpen: "Log our check-in",
  logLate: "Log it now",
  logEarly: "Log a check-in",
  addMine: "How did it feel for you?",
  partnerPending: (name: string) => `${name} can add how it felt for them.`,
  you: "You",
  formTitle: "Log our check-in",
  which: "Which check-in",
  when: "When",
  now: "Just now",
  earlier: "It was earlier…",
  whenInput: "When we talked",
  note: "A note we can both read",
  noteHint: "Optional. Up to 400 characters.",
  feeling: "How did it feel for you?",
  feelingHint: "Tap one to save.",
  cancel: "Not now",
  saving: "Saving…",
  about: "About this check-in",
  recent: "Our recent check-ins",
  olderList: "Our earlier check-ins",
  noneYet: "No check-ins logged yet. The first one counts from the moment we both said yes.",
  question: {
    title: "Does this rhythm still fit us?",
    body: (day: string) => `Our check-in ${day} slipped by. That happens. If the rhythm feels off, we can change it together.`,
    change: "Propose a change",
    fits: "It still fits",
  },
  review: {
    title: "This is our weekly review’s rhythm",
    body: "The review keeps it: we walk through our agreements together, so there’s nothing to log here.",
    open: "Open our review",
  },
  live: {
    logged: (name: string) => `${name} logged our check-in.`,
    joined: (name: string) => `${name} added how it felt.`,
  },
} as const;
