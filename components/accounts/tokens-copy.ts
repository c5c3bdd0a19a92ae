/** Every word of Me's "Tokens & shortcuts" section, in one place (an i18n catalogue comes later). */
export const TOKENS_COPY = {
  title: "Tokens & shortcuts",
  intro:
    "Start the pause from your phone’s Action button, a Shortcut, a watch or a home-screen widget — one tap, nothing to open. A token works only for the two of us.",
  needsCouple: "Tokens work once we share a space. Invite your partner first.",
  name: { label: "What it’s for", hint: "A name to recognise it by, like “Action button” or “Watch”.", placeholder: "Action button" },
  scope: {
    legend: "What it may do",
    options: [
      { value: "pause", label: "Start and end the pause" },
      { value: "read", label: "Only show the pause (for a widget)" },
    ],
  },
  create: "Make a token",
  creating: "Making it…",
  shownOnce: "Here’s your token. Copy it now: for your safety it won’t be shown again.",
  secretLabel: (name: string) => `The token for “${name}”`,
  copy: "Copy",
  copied: "Copied",
  done: "I’ve copied it",
  empty: "No tokens yet.",
  lastUsed: (when: string | null) => (when ? `Last used ${when}` : "Not used yet"),
  scopeLabel: { pause: "Starts and ends the pause", read: "Only shows the pause" },
  revoke: "Turn off",
  revokeLabel: (name: string) => `Turn off the token “${name}”`,
  stops: "A token stops at once when you turn it off, when you sign out everywhere, and if our shared space ends.",
  reference: "API reference, for developers",
  recipes: {
    title: "Add to your phone",
    yourToken: "stdy_… (your token)",
    ios: {
      title: "iPhone: Shortcuts (and the Action button)",
      steps: [
        "Open Shortcuts, tap +, and add the action “Get Contents of URL”.",
        "Set the URL, then tap “Show More”: choose the Method and add a Header with the name and value below.",
        "Name it “Pause”. Add it to the Action button (Settings → Action Button → Shortcut), the Home Screen or your watch.",
      ],
    },
    android: {
      title: "Android: HTTP Shortcuts app",
      steps: [
        "Install “HTTP Shortcuts” (free), tap +, choose “Regular Shortcut”.",
        "Under “Basic Request Settings”, set the Method and URL; under “Request Headers”, add the header name and value below.",
        "Name it “Pause” and place it on the home screen.",
      ],
    },
    url: "URL",
    method: "Method",
    headerName: "Header name",
    headerValue: "Header value",
    readNote: "For a widget: GET the pause, then show “remainingSeconds” and “phase” from the answer.",
  },
} as const;
