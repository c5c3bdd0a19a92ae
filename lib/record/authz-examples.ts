/**
 * Test data for the authorization matrix (tests/integration/authz). `record.get` takes no ids: it
 * always reads the caller's own couple, so an outsider gets their own record and nothing of the victim's.
 */
import type { MatrixExamples } from "@/tests/integration/authz/world";
import type { recordOperations } from "./operations";

export const recordExamples: MatrixExamples<typeof recordOperations> = {
  "record.get": () => [{}],
};
