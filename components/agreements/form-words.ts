import "server-only";
import { clientWords } from "@/lib/i18n/server";

/** The words the agreement form needs in the browser (labels and choices), and no more. */
export function formWords() {
  return clientWords("agreements", ["form", "needs", "channels", "reconvene", "daysShort"]);
}
