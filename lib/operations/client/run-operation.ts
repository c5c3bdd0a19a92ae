import type { OperationInput, OperationName, OperationOutput } from "../registry";
import type { ActionResult } from "../result";
import { shellSay } from "../../i18n/shell";
import { callOperation } from "../server-action";

export const UNREACHABLE = "We couldn’t reach Steady. Check your connection and try again.";

/**
 * Runs an operation over HTTP (the app's one server action), typed by the registry. A network
 * failure becomes a result like any other, so a form always has something to show.
 */
export async function runOperation<N extends OperationName>(name: N, input: OperationInput<N> | FormData): Promise<ActionResult<OperationOutput<N>>> {
  try {
    // The server action is untyped on the wire; the registry's types are what the server runs.
    return (await callOperation(name, input)) as ActionResult<OperationOutput<N>>;
  } catch {
    return { ok: false, code: "internal", error: shellSay("unreachable", UNREACHABLE) };
  }
}
