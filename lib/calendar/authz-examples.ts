/**
 * Test data for the authorization matrix (tests/integration/authz), kept beside the verbs it aims
 * at so that a new verb is a change to one folder. For each operation: inputs aimed at the victim
 * couple; the first one is also what the couple itself sends. Typed by this domain's list, so a
 * verb without examples fails the type check.
 */
import type { MatrixExamples } from "@/tests/integration/authz/world";
import type { calendarOperations } from "./operations";

export const calendarExamples: MatrixExamples<typeof calendarOperations> = {
  // Member verbs act on the caller's own feed: someone else's is out of reach by construction.
  "calendar.createFeed": () => [{}],
  "calendar.revokeFeed": () => [{}],
  // The feed is read with its token alone (calendar apps send no cookies): a revoked token, a
  // token-shaped guess and junk must all find nothing, whoever asks. A live token is the
  // credential itself, so it is not aimed at here; tests/integration/calendar covers it.
  "calendar.feed": (w) => [{ token: w.revokedFeedToken }, { token: "A".repeat(43) }, { token: "../../etc/passwd" }, { token: 42 }, {}],
  "calendar.download": () => [{}],
};
