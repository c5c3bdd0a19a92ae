"use server";

import { runAction } from "../actions/next";
import { endPauseOp, markPartnerReadyOp, pauseStateOp, reconveneOp, startPauseOp, undoPauseOp } from "./operations";

// HTTP fallbacks for the pause screen when the socket is down; each one is a thin adapter.
export async function startPauseAction(input: unknown) {
  return runAction(startPauseOp, input);
}
export async function endPauseAction(input: unknown) {
  return runAction(endPauseOp, input);
}
export async function markPartnerReadyAction(input: unknown) {
  return runAction(markPartnerReadyOp, input);
}
export async function undoPauseAction(input: unknown) {
  return runAction(undoPauseOp, input);
}
export async function reconveneAction(input: unknown) {
  return runAction(reconveneOp, input);
}
export async function pauseStateAction(input: unknown) {
  return runAction(pauseStateOp, input);
}
