/**
 * Test data for the authorization matrix (tests/integration/authz), kept beside the verbs it aims
 * at so that a new verb is a change to one folder. For each operation: inputs aimed at the victim
 * couple; the first one is also what the couple itself sends. Typed by this domain's list, so a
 * verb without examples fails the type check.
 */
import type { MatrixExamples } from "@/tests/integration/authz/world";
import type { pauseOperations } from "./operations";

export const pauseExamples: MatrixExamples<typeof pauseOperations> = {
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
  "pause.state": () => [{}],
};
