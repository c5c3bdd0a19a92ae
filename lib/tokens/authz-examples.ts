/**
 * Test data for the authorization matrix (tests/integration/authz), kept beside the verbs it aims
 * at so that a new verb is a change to one folder. For each operation: inputs aimed at the victim
 * couple; the first one is also what the couple itself sends. Typed by this domain's list, so a
 * verb without examples fails the type check.
 */
import type { MatrixExamples } from "@/tests/integration/authz/world";
import type { tokenOperations } from "./operations";

export const tokenExamples: MatrixExamples<typeof tokenOperations> = {
  "tokens.create": () => [{ name: "Watch", scope: "pause" }],
  "tokens.revoke": (w) => [{ tokenId: w.tokens.victimPause.id }, { tokenId: w.tokens.partnerRead.id }],
};
