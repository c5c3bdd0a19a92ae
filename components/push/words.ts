import { PUSH_WORDS } from "@/lib/push/words";

/** Every word of Me's "Notifications" section, in one place (issue 11 extracts it). */
export const NOTIFY_WORDS = {
  title: "Notifications",
  checking: "Checking what this phone can do…",
  explain: {
    title: "Hear about a pause, even with Steady closed",
    body: "When one of us asks for a pause, the other’s phone can show it on the lock screen — in a pocket, in another room, with Steady closed.",
    sampleLabel: "What it looks like:",
    sampleTitle: PUSH_WORDS.title,
    sampleBody: PUSH_WORDS.pauseStarted(10, null),
    privacy: "Lock-screen texts stay neutral: no feelings, nothing we agreed, and no names unless you turn them on below.",
    next: "Your phone will ask you to allow notifications next.",
    turnOn: "Turn on notifications",
    turningOn: "Turning on…",
  },
  on: "Notifications are on for this phone.",
  turnOff: "Turn off on this phone",
  turnedOff: "Notifications are off for this phone.",
  refused: "Notifications stay off: the phone wasn’t allowed to show them. You can turn them on here any time.",
  failed: "We couldn’t turn notifications on for this phone. Please try again in a moment.",
  needsInstall: {
    title: "On iPhone and iPad, add Steady to your Home Screen first",
    body: "Apple delivers notifications only to web apps on the Home Screen. In Safari, tap Share, then “Add to Home Screen”, and open Steady from its icon. Then turn notifications on here.",
  },
  blocked: "Notifications are blocked for Steady in this browser. Allow them in the browser’s site settings, then come back here.",
  unsupported: "This browser can’t show Steady’s notifications. Steady still shows everything when it’s open.",
  otherDevices: (n: number) => (n === 1 ? "One of your other devices gets notifications." : `${n} of your other devices get notifications.`),
  settings: {
    legend: "What I hear about",
    kinds: {
      pauseStarted: "My partner asks for a pause",
      pauseAfter: "The pause ends, or the time we chose to talk arrives",
      proposals: "A suggestion waits for my answer",
      checkIns: "Our check-ins are coming up",
      reviews: "Our weekly review is coming up",
    },
    quiet: "Quiet hours",
    quietFrom: "From",
    quietTo: "Until",
    quietNote:
      "Quiet hours never hold back a pause: when one of us asks for a breather, the other hears about it, day or night. Other notifications wait until quiet hours end.",
    names: "Show names on my lock screen",
    namesHint: `For example “${PUSH_WORDS.pauseStarted(10, "Alex")}”. Off: “${PUSH_WORDS.pauseStarted(10, null)}”.`,
    save: "Save",
    saving: "Saving…",
    saved: "Saved.",
    appliesToAll: "These apply to every device of yours that gets notifications.",
  },
} as const;
