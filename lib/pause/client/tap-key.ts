/**
 * A new key for one tap on Pause, sent with `pause.start` and again with every retry of that tap
 * (the HTTP fallback, "Try again", a queued tap sent later): the server then returns the pause the
 * tap already started instead of starting a second one. randomUUID needs a secure context; a
 * page served over plain http on a LAN has only getRandomValues.
 */
export function newTapKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}
