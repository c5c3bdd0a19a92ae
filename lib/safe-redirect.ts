/** Only same-site paths are followed after sign-in; anything else goes to the default. */
export function safeFrom(from: string | string[] | undefined, fallback: string): string {
  const value = Array.isArray(from) ? from[0] : from;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
