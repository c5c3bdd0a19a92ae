/**
 * The one text no request's language reaches: the service worker's last-resort page (the worker
 * carries no catalogue), in English. Everything else — the install sheet's words in the manifest
 * (lib/pwa/manifest.ts), the offline banner, a pause tapped offline, the offline page — is in the
 * catalogue (messages/*.json, `pwa`).
 */
export const PWA_WORDS = {
  offlinePage: {
    /** Plain text from the worker when not even the offline page is on this phone yet. */
    bare: "Steady is offline, and this page isn’t on this phone yet. Check your connection and try again.",
  },
} as const;
