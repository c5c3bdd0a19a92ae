/**
 * Test data for the authorization matrix (tests/integration/authz), kept beside the verbs it aims
 * at so that a new verb is a change to one folder. For each operation: inputs aimed at the victim
 * couple; the first one is also what the couple itself sends. Typed by this domain's list, so a
 * verb without examples fails the type check.
 */
import type { MatrixExamples } from "@/tests/integration/authz/world";
import type { checkInOperations } from "./operations";

export const checkInExamples: MatrixExamples<typeof checkInOperations> = {
  "checkins.log": (w) => [
    { agreementId: w.checkInAgreementId, feeling: 4, note: "Writing into someone else's check-in" },
    { agreementId: w.checkInAgreementId, feeling: 5, happenedAt: Date.now() - 60_000 },
    { agreementId: w.endedCheckInAgreementId, feeling: 3 },
    { agreementId: w.activeAgreementId, feeling: 3 },
  ],
  "checkins.answerRhythmQuestion": (w) => [
    { agreementId: w.checkInAgreementId, answer: "STILL_FITS" },
    { agreementId: w.checkInAgreementId, answer: "PROPOSE_CHANGE" },
    { agreementId: w.endedCheckInAgreementId, answer: "STILL_FITS" },
  ],
};
