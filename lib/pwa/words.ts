/**
 * Every word Steady says about being installed and offline, in one place: the install sheet
 * (manifest), the offline banner, a pause tapped offline, and the offline page. Plain and honest:
 * what still works, what waits, what will not be sent.
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
  banner: {
    offline: "You’re offline",
    showing: "You’re seeing what this phone last saw.",
    pause: (partner: string) => `A pause still counts down, and a new one reaches ${partner} once we’re back online (within 2 minutes).`,
    nothingElse: "Nothing else can be saved until then.",
  },
  queued: {
    /** On the pause screen, while a pause tapped offline waits for the network. */
    waiting: (partner: string) => `You’re offline, so ${partner} doesn’t know yet. We’ll let them know as soon as we’re back online, if that’s within 2 minutes.`,
    sent: (partner: string, at: string) => `Back online: we let ${partner} know about the pause you started at ${at}.`,
    stale: (partner: string, at: string) => `Back online. Your pause from ${at} wasn’t sent to ${partner}: it’s more than 2 minutes old now. Start one now if you still need it.`,
    meanwhile: (partner: string) => `Back online. A pause had already started, so yours wasn’t sent as a second one. ${partner} sees the same pause.`,
    refused: (at: string, error: string) => `The pause you started at ${at} couldn’t be sent: ${error}`,
    startNow: "Start a pause now",
    ok: "OK",
  },
  offlinePage: {
    title: "This page isn’t on this phone yet",
    body: "You’re offline, and Steady hasn’t kept this page here. These open without a network once you’ve used them online:",
    links: { today: "Today", agreements: "Our agreements", pause: "Pause", help: "Help and support" },
    /** Plain text from the worker when not even the offline page is on this phone yet. */
    bare: "Steady is offline, and this page isn’t on this phone yet. Check your connection and try again.",
  },
} as const;
