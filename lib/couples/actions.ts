"use server";

import { runAction } from "../actions/next";
import * as ops from "./operations";

export async function createInviteAction(_prev: unknown, form: FormData) {
  return runAction(ops.createInviteOp, form);
}
export async function revokeInviteAction(_prev: unknown, form: FormData) {
  return runAction(ops.revokeInviteOp, form);
}
export async function redeemInviteAction(_prev: unknown, form: FormData) {
  return runAction(ops.redeemInviteOp, form);
}
export async function leaveCoupleAction(_prev: unknown, form: FormData) {
  return runAction(ops.leaveCoupleOp, form);
}
export async function releaseEndedCoupleAction(_prev: unknown, form: FormData) {
  return runAction(ops.releaseEndedCoupleOp, form);
}
