/**
 * Matrix inputs for the journal's verbs (tests/integration/authz), aimed at the victim A's private
 * entry. The matrix runs them as every outsider, and — for private rows — as the partner B too.
 */
import type { MatrixExamples } from "@/tests/integration/authz/world";
import type { journalOperations } from "./operations";

export const journalExamples: MatrixExamples<typeof journalOperations> = {
  "journal.save": (w) => [
    { id: w.journalEntryId, draft: false, happened: "Overwritten by someone else", feelings: ["sad"], feelingWords: "", feared: "", intensity: 2, tags: ["late reply"] },
    { id: w.journalEntryId, draft: true, happened: "" },
  ],
  "journal.delete": (w) => [{ id: w.journalEntryId }],
  "journal.saveSteadiers": () => [{ items: [{ kind: "WORDS", text: "Someone else’s words" }] }],
  "journal.readSteadiers": () => [{}],
};
