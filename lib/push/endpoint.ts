/**
 * Which URLs a subscription may point at. The server POSTs to it, so an endpoint is a request the
 * server makes on a person's say-so: only the browsers' push services (https), plus origins the
 * operator lists in PUSH_EXTRA_ORIGINS (a self-hosted push service; the tests' local one).
 */
const PUSH_SERVICE_HOSTS = [
  "fcm.googleapis.com", // Chrome, Edge on Android, Samsung Internet, Opera
  "android.googleapis.com",
  "push.services.mozilla.com", // Firefox (updates.push.services.mozilla.com)
  "push.apple.com", // Safari, iOS home-screen apps (web.push.apple.com)
  "notify.windows.com", // Edge on Windows (*.notify.windows.com)
];

export function endpointAllowed(endpoint: string, extraOrigins: readonly string[]): boolean {
  if (!URL.canParse(endpoint)) return false;
  const url = new URL(endpoint);
  if (url.username || url.password) return false;
  if (extraOrigins.includes(url.origin)) return true;
  if (url.protocol !== "https:" || url.port) return false;
  return PUSH_SERVICE_HOSTS.some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`));
}
