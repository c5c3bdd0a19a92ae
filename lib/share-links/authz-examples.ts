/**
 * Test data for the authorization matrix (tests/integration/authz), kept beside the verbs it aims
 * at so that a new verb is a change to one folder. For each operation: inputs aimed at the victim
 * couple; the first one is also what the couple itself sends. Typed by this domain's list, so a
 * verb without examples fails the type check.
 */
import { createHash } from "node:crypto";
import type { MatrixExamples } from "@/tests/integration/authz/world";
import type { shareLinkOperations } from "./operations";

export const shareLinkExamples: MatrixExamples<typeof shareLinkOperations> = {
  "shareLinks.propose": () => [{ therapistName: "Dr Outsider", days: 7 }],
  "shareLinks.approve": (w) => [{ linkId: w.pendingShareLinkId }, { linkId: w.shareLinkId }],
  "shareLinks.revoke": (w) => [{ linkId: w.shareLinkId }, { linkId: w.pendingShareLinkId }],
  // What someone without the victim's link could send: a guess, the link's id, the stored hash
  // (as from a copy of the database). The link itself is the key; its holder is meant to see it.
  "shareLinks.view": (w) => [
    { token: "A".repeat(43) },
    { token: w.shareLinkId },
    { token: Buffer.from(createHash("sha256").update(w.shareLinkToken).digest()).toString("base64url").slice(0, 43) },
    { token: createHash("sha256").update(w.shareLinkToken).digest("hex") },
  ],
};
