/**
 * "Chrome on Android" from a user agent: enough to recognise a device, nothing more. English;
 * Me says it in the viewer's words from deviceParts (messages/*.json me.device).
 */
export function describeDevice(userAgent: string): string {
  const { browser, os } = deviceParts(userAgent);
  if (browser && os) return `${browser} on ${os}`;
  return browser ?? os ?? "Unknown device";
}

/** The browser's and the system's names (the same in every language), for "{browser} on {os}". */
export function deviceParts(userAgent: string): { browser: string | null; os: string | null } {
  const ua = userAgent || "";
  const browser = /Edg\//.test(ua)
    ? "Edge"
    : /Firefox\//.test(ua)
      ? "Firefox"
      : /Chrome\/|CriOS\//.test(ua)
        ? "Chrome"
        : /Safari\//.test(ua)
          ? "Safari"
          : null;
  const os = /Android/.test(ua)
    ? "Android"
    : /iPhone|iPad|iPod/.test(ua)
      ? "iPhone"
      : /Mac OS X/.test(ua)
        ? "Mac"
        : /Windows/.test(ua)
          ? "Windows"
          : /Linux/.test(ua)
            ? "Linux"
            : null;
  return { browser, os };
}
