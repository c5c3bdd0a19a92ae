import type { OperationName } from "@/lib/operations/registry";
import { FACTORY_PASSWORD } from "@/tests/factories";
import type { World } from "./world";

/**
 * For every operation of the registry: inputs aimed at the victim couple's data. The first one
 * is also what the couple itself sends. Keyed by the registry's names, so a new verb without
 * examples fails the type check (and the matrix, which enumerates the registry).
 */
const need = (w: World) => ({ kind: "NEED", need: "RESPECT", why: "Trying to write into someone else's space", note: "", agreementId: w.activeAgreementId });

export const examples: Record<OperationName, (w: World) => unknown[]> = {
  "system.ping": () => [{}],
  "accounts.signUp": (w) => [{ name: "Copycat", email: w.victim.a.email, password: "fresh tangerine ladder 9", timeZone: "UTC" }],
  "accounts.updateProfile": () => [{ name: "Renamed", timeZone: "UTC" }],
  "accounts.changePassword": () => [{ currentPassword: FACTORY_PASSWORD, newPassword: "fresh tangerine ladder 9" }],
  "accounts.deleteAccount": () => [{ password: FACTORY_PASSWORD }],
  "accounts.endSession": (w) => [{ sessionId: w.victim.a.sessionId }, { sessionId: w.victim.b.sessionId }],
  "accounts.signOutEverywhere": () => [{}],
  "accounts.exportData": () => [{}],
  "couples.createInvite": () => [{}],
  "couples.revokeInvite": () => [{}],
  "couples.redeemInvite": () => [{ code: "ZZZZZ-ZZZZZ" }],
  "couples.leave": () => [{ password: FACTORY_PASSWORD }],
  "couples.releaseEnded": () => [{}],
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
  "pause.start": () => [{}],
  "pause.end": (w) => [{ pauseId: w.pauseId }],
  "pause.markReady": (w) => [{ pauseId: w.pauseId }],
  "pause.undo": (w) => [{ pauseId: w.pauseId }],
  "pause.reconvene": (w) => [
    { pauseId: w.pauseId, choice: "TALK_NOW" },
    { pauseId: w.pauseId, choice: "EXTEND" },
    { pauseId: w.pauseId, choice: "SCHEDULE", at: Date.now() + 3_600_000 },
  ],
  "pause.sync": () => [{}],
};
