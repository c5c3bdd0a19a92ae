import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

let checker: ZxcvbnFactory | undefined;

function getChecker(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return checker;
}

/**
 * Rejects common and pattern-based passwords (score < 3 of 4) with zxcvbn's own advice.
 * Returns null when the password is strong enough. Runs on the server only: the dictionaries are large.
 */
export function weakPasswordReason(password: string, userInputs: string[] = []): string | null {
  const result = getChecker().check(password, userInputs);
  if (result.score >= 3) return null;
  const advice = result.feedback.warning || result.feedback.suggestions[0];
  return `That password is easy to guess${advice ? ` (${advice.replace(/\.$/, "").toLowerCase()})` : ""}. Try a few unrelated words together.`;
}

/** Builds the dictionaries (~0.5 s of CPU) at boot rather than during someone's sign-up. */
export function warmPasswordChecker() {
  getChecker().check("warm up the dictionaries");
}
