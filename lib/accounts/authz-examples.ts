/**
 * Test data for the authorization matrix (tests/integration/authz), kept beside the verbs it aims
 * at so that a new verb is a change to one folder. For each operation: inputs aimed at the victim
 * couple; the first one is also what the couple itself sends. Typed by this domain's list, so a
 * verb without examples fails the type check.
 */
import type { MatrixExamples } from "@/tests/integration/authz/world";
import { FACTORY_PASSWORD } from "@/tests/factories";
import type { accountOperations } from "./operations";

export const accountExamples: MatrixExamples<typeof accountOperations> = {
  "accounts.signUp": (w) => [{ name: "Copycat", email: w.victim.a.email, password: "fresh tangerine ladder 9", timeZone: "UTC" }],
  "accounts.updateProfile": () => [{ name: "Renamed", timeZone: "UTC" }],
  "accounts.setLocale": () => [{ locale: "es" }],
  "accounts.changePassword": () => [{ currentPassword: FACTORY_PASSWORD, newPassword: "fresh tangerine ladder 9" }],
  "accounts.deleteAccount": () => [{ password: FACTORY_PASSWORD }],
  "accounts.endSession": (w) => [{ sessionId: w.victim.a.sessionId }, { sessionId: w.victim.b.sessionId }],
  "accounts.signOutEverywhere": () => [{}],
  "accounts.exportData": () => [{}],
};
