// Runs zxcvbn off the main thread: its dictionaries take ~50 MB and ~0.5 s to build, and a check
// takes tens of milliseconds — time the event loop owes to live pauses. See password-strength.ts.
import { parentPort } from "node:worker_threads";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

const checker = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});

parentPort.on("message", ({ id, password, inputs }) => {
  const result = checker.check(password, inputs);
  parentPort.postMessage({ id, score: result.score, warning: result.feedback.warning, suggestion: result.feedback.suggestions[0] ?? "" });
});
