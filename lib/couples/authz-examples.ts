/**
 * Test data for the authorization matrix (tests/integration/authz), kept beside the verbs it aims
 * at so that a new verb is a change to one folder. For each operation: inputs aimed at the victim
 * couple; the first one is also what the couple itself sends. Typed by this domain's list, so a
 * verb without examples fails the type check.
 */
import type { MatrixExamples } from "@/tests/integration/authz/world";
import { FACTORY_PASSWORD } from "@/tests/factories";
import type { coupleOperations } from "./operations";

export const coupleExamples: MatrixExamples<typeof coupleOperations> = {
  "couples.createInvite": () => [{}],
  "couples.revokeInvite": () => [{}],
  "couples.redeemInvite": () => [{ code: "ZZZZZ-ZZZZZ" }],
  "couples.leave": () => [{ password: FACTORY_PASSWORD }],
  "couples.releaseEnded": () => [{}],
};
