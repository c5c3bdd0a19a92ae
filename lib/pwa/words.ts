/**
 * The words about being installed and offline that no request's language reaches: the install
 * sheet (one manifest for everyone, fetched without cookies) and the service worker's last-resort
 * text (the worker carries no catalogue). English. Everything a screen says is in the catalogue
 * (messages/*.json, `pwa`: the offline banner, a pause tapped offline, the offline page).
 */
export const PWA_WORDS = {
  manifest: {
    name: "Steady",
    shortName: "Steady",
    description: "Co-create the agreements that help you both feel safe, and use them when it matters: a pause, a check-in, a weekly review.",
    shortcuts: {
      pause: { name: "Pause", shortName: "Pause", description: "Start a pause for both of us, or open the one that’s running" },
      checkIn: { name: "Log a check-in", shortName: "Check-in", description: "Log our check-in" },
    },
    screenshots: {
      today: "Today: what needs us now",
      pause: "The pause: one tap, the same countdown on both phones",
      agreements: "Our agreements, made together",
    },
  },
  offlinePage: {
    /** Plain text from the worker when not even the offline page is on this phone yet. */
    bare: "Steady is offline, and this page isn’t on this phone yet. Check your connection and try again.",
  },
} as const;
