import { isCoupleMember, resolveMember, type Member } from "../auth/member";
import { asUnavailable, DatabaseUnavailable, noteUnavailable } from "../db/unavailable";
import { pseudoLocaleEnabled } from "../env";
import { AppError, StaleIdentity } from "../errors";
import { resolveLocale } from "../i18n/negotiate";
import { log } from "../log";
import { consume } from "../rate-limit";
import type { Access, Operation, OperationContext, RequestInfo } from "./define";
import { refusalFor } from "./guard";
import { failure, invalidInput, type ActionResult } from "./result";
import type { z } from "zod";

/** What a transport knows about its caller beyond the request. HTTP knows nothing more. */
export interface Transport {
  /** The member this transport resolved last (a socket's previous check). Public and in-statement operations may use it. */
  known?: Member | null;
  /** Resolves the member afresh; sockets wrap it to move rooms or disconnect. Defaults to the session's member. */
  resolve?: () => Promise<Member | null>;
}

/**
 * Guard → parse → rate limit → run, for every transport, so none can skip a step; every failure
 * becomes the same result shape with the same words. Unexpected errors are logged and replaced
 * by a generic message.
 */
export async function executeOperation<N extends string, A extends Access, S extends z.ZodType, O>(
  op: Operation<N, A, S, O>,
  rawInput: unknown,
  request: RequestInfo,
  transport: Transport = {},
): Promise<ActionResult<O>> {
  const resolve = transport.resolve ?? (() => resolveMember(request.sessionId));
  const trustKnown = op.access === "couple" && op.socket?.identityCheck === "in-statement" && isCoupleMember(transport.known ?? null);
  let member: Member | null = transport.known ?? null;
  // Refusals in the caller's words: their choice on Me, else their browser's, else English.
  const locale = () => request.locale ?? resolveLocale(member?.user.locale, request.acceptLanguage, pseudoLocaleEnabled());
  try {
    // Public operations never look anyone up: they act on their input alone (sign-up, clock ping).
    member = op.access === "public" ? (transport.known ?? null) : trustKnown ? transport.known! : await resolve();
    const refusal = refusalFor(member, op.access);
    if (refusal) throw refusal;
    const parsed = op.input.safeParse(rawInput);
    if (!parsed.success) return invalidInput(parsed.error, locale());
    // Public operations are limited per network address (they may have no member), the rest per person.
    const limitKey = op.access === "public" || !member ? `ip:${request.ip}` : member.user.id;
    const ctx = () => ({ request, member, now: request.clock?.() ?? new Date() }) as OperationContext<A>;
    try {
      if (op.rateLimit) await consume(op.rateLimit.limit, limitKey, op.rateLimit.what);
      return { ok: true, data: await op.run(parsed.data, ctx()) };
    } catch (err) {
      // A refusal given to a remembered member may be the wrong one (their session may have ended
      // since): look again, refuse as the guard would, or else retry once after a stale statement.
      if (!trustKnown || !(err instanceof AppError)) throw err;
      member = await resolve();
      const stale = refusalFor(member, op.access);
      if (stale) throw stale;
      if (!(err instanceof StaleIdentity)) throw err;
      return { ok: true, data: await op.run(parsed.data, ctx()) };
    }
  } catch (thrown) {
    // The database restarting, away or too slow: a retryable answer with a plain message, no stack.
    const err = asUnavailable(thrown);
    if (err instanceof DatabaseUnavailable) return failure(noteUnavailable(err, `operation ${op.name}`, log.warn));
    if (!(err instanceof AppError)) log.error(`operation ${op.name} failed`, err);
    return failure(err, locale());
  }
}
