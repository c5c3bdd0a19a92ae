"use server";

import { runAction } from "../actions/next";
import {
  acceptVersionOp,
  counterProposeOp,
  declineVersionOp,
  proposeAgreementOp,
  proposeChangeOp,
  proposeRetireOp,
  withdrawVersionOp,
} from "./operations";

// Thin adapters: the operations hold the guard, the schema and the implementation.
// `input` is the form's FormData, or a plain object from a controlled form.
type Input = FormData | Record<string, unknown>;

export async function proposeAgreement(_prev: unknown, input: Input) {
  return runAction(proposeAgreementOp, input);
}

export async function proposeChange(_prev: unknown, input: Input) {
  return runAction(proposeChangeOp, input);
}

export async function proposeRetire(_prev: unknown, input: Input) {
  return runAction(proposeRetireOp, input);
}

export async function counterPropose(_prev: unknown, input: Input) {
  return runAction(counterProposeOp, input);
}

export async function acceptVersion(_prev: unknown, input: Input) {
  return runAction(acceptVersionOp, input);
}

export async function declineVersion(_prev: unknown, input: Input) {
  return runAction(declineVersionOp, input);
}

export async function withdrawVersion(_prev: unknown, input: Input) {
  return runAction(withdrawVersionOp, input);
}
