"use client";

import { eventNameOf } from "../define";
import type { OperationInput, OperationOutput, SocketOperationName } from "../registry";
import type { ActionResult } from "../result";
import { isSocketConnected, request } from "../../realtime/client/socket";
import { runOperation } from "./run-operation";

/**
 * Sends a live verb over the socket; if the socket is down or silent, the same operation goes
 * over HTTP (the server action). A refusal from the server is an answer, not a reason to retry.
 * `viaSocket` tells the caller whether the answer came with the socket's clock.
 */
export async function sendOperation<N extends SocketOperationName>(
  name: N,
  input: OperationInput<N>,
  timeoutMs = 4000,
): Promise<ActionResult<OperationOutput<N>> & { viaSocket: boolean }> {
  if (isSocketConnected()) {
    try {
      const result = (await request(eventNameOf(name), input as never, timeoutMs)) as ActionResult<OperationOutput<N>>;
      return { ...result, viaSocket: true };
    } catch {
      // no answer in time: try HTTP below
    }
  }
  return { ...(await runOperation(name, input)), viaSocket: false };
}
