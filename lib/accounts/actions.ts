"use server";

import { runAction } from "../actions/next";
import * as ops from "./operations";

export async function signUpAction(_prev: unknown, form: FormData) {
  return runAction(ops.signUpOp, form);
}
export async function updateProfileAction(_prev: unknown, form: FormData) {
  return runAction(ops.updateProfileOp, form);
}
export async function changePasswordAction(_prev: unknown, form: FormData) {
  return runAction(ops.changePasswordOp, form);
}
export async function deleteAccountAction(_prev: unknown, form: FormData) {
  return runAction(ops.deleteAccountOp, form);
}
export async function endSessionAction(_prev: unknown, form: FormData) {
  return runAction(ops.endSessionOp, form);
}
export async function signOutEverywhereAction(_prev: unknown, form: FormData) {
  return runAction(ops.signOutEverywhereOp, form);
}
