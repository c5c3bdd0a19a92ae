/**
 * The pseudo-locale's spelling: every ASCII letter accented, the text bracketed and about a third
 * longer, so an untranslated word stands out (it still has plain letters) and layouts meet the
 * longer words of real languages. Client-safe: the browser uses it for dates it formats itself.
 */
const ACCENTED: Record<string, string> = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c, i) => [c, [..."åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"][i]!]),
);

/** The letters accented; nothing else changes (digits, punctuation, spaces). */
export function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c);
}

/** The padding that lengthens a text of this many characters by about 35%, in breakable words. */
export function padding(length: number): string {
  const tildes = Math.max(2, Math.ceil(length * 0.35));
  return Array.from({ length: Math.ceil(tildes / 4) }, (_, i) => "~".repeat(Math.min(4, tildes - i * 4))).join(" ");
}

/** A whole text in the pseudo-locale: "Steady" → "[Ŝţéåðý ~~~]". */
export function pseudoText(text: string): string {
  return text.trim() ? `[${accent(text)} ${padding(text.length)}]` : text;
}
