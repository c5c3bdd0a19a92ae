/**
 * Test data for the authorization matrix (tests/integration/authz), kept beside the verbs it aims
 * at so that a new verb is a change to one folder. For each operation: inputs aimed at the victim
 * couple; the first one is also what the couple itself sends. Typed by this domain's list, so a
 * verb without examples fails the type check.
 */
import type { MatrixExamples, World } from "@/tests/integration/authz/world";
import type { agreementOperations } from "./operations";

const need = (w: World) => ({ kind: "NEED", need: "RESPECT", why: "Trying to write into someone else's space", note: "", agreementId: w.activeAgreementId });

export const agreementExamples: MatrixExamples<typeof agreementOperations> = {
  "agreements.propose": (w) => [need(w)],
  "agreements.proposeChange": (w) => [
    { ...need(w), agreementId: w.activeAgreementId, basedOnVersionId: w.activeVersionId },
    { ...need(w), agreementId: w.endedAgreementId, basedOnVersionId: w.endedVersionId },
  ],
  "agreements.proposeRetire": (w) => [
    { agreementId: w.activeAgreementId, basedOnVersionId: w.activeVersionId, note: "" },
    { agreementId: w.endedAgreementId, basedOnVersionId: w.endedVersionId, note: "" },
  ],
  "agreements.counter": (w) => [{ ...need(w), agreementId: w.pendingAgreementId, versionId: w.pendingVersionId }],
  "agreements.accept": (w) => [{ agreementId: w.pendingAgreementId, versionId: w.pendingVersionId }],
  "agreements.decline": (w) => [{ agreementId: w.pendingAgreementId, versionId: w.pendingVersionId, reason: "no" }],
  "agreements.withdraw": (w) => [{ agreementId: w.pendingAgreementId, versionId: w.pendingVersionId }],
  "agreements.get": (w) => [{ agreementId: w.activeAgreementId }, { agreementId: w.pendingAgreementId }, { agreementId: w.endedAgreementId }],
};
