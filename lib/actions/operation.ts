import { z } from "zod";
import { AppError, GENERIC_ERROR, type AppErrorCode } from "../errors";
import { log } from "../log";
import { isCoupleMember, resolveMember, type CoupleMember, type Member } from "../auth/member";

/**
 * An operation is one user-facing write or read: access level + zod schema + implementation.
 * Server actions, route handlers and tests all run it through executeOperation, so the guard
 * and the validation can never be skipped; the authorization matrix test enumerates them all.
 */
export type Access = "public" | "member" | "couple";

export interface RequestInfo {
  sessionId: string | null;
  ip: string;
  userAgent: string;
  /** Origin the request came to (for links the user will share); APP_URL wins when set. */
  origin?: string;
}

export type OperationContext<A extends Access> = {
  request: RequestInfo;
  member: A extends "couple" ? CoupleMember : A extends "member" ? Member : Member | null;
};

export interface Operation<A extends Access, S extends z.ZodType, O> {
  name: string;
  access: A;
  schema: S;
  run: (input: z.output<S>, ctx: OperationContext<A>) => Promise<O>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyOperation = Operation<any, any, any>;

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: AppErrorCode | "internal";
      error: string;
      fieldErrors?: Record<string, string[]>;
      retryAfterSeconds?: number;
    };

export function defineOperation<A extends Access, S extends z.ZodType, O>(op: Operation<A, S, O>): Operation<A, S, O> {
  return op;
}

/** Guard → parse → run, in that order; every failure becomes a result a form can show. */
export async function executeOperation<A extends Access, S extends z.ZodType, O>(
  op: Operation<A, S, O>,
  rawInput: unknown,
  request: RequestInfo,
): Promise<ActionResult<O>> {
  try {
    const member = await resolveMember(request.sessionId);
    if (op.access !== "public" && !member) {
      return { ok: false, code: "unauthorized", error: "Your session has ended. Please sign in again." };
    }
    if (op.access === "couple" && !isCoupleMember(member)) {
      return {
        ok: false,
        code: "forbidden",
        error: member?.couple?.endedAt
          ? "This shared space has ended, so it can’t be changed any more."
          : "This needs a shared space with your partner. You can invite them from Me.",
      };
    }
    const parsed = op.schema.safeParse(rawInput);
    if (!parsed.success) return invalidInput(parsed.error);
    const data = await op.run(parsed.data, { request, member } as OperationContext<A>);
    return { ok: true, data };
  } catch (err) {
    if (err instanceof AppError) {
      return {
        ok: false,
        code: err.code,
        error: err.message,
        ...(err.fieldErrors ? { fieldErrors: err.fieldErrors } : {}),
        ...(err.retryAfterSeconds ? { retryAfterSeconds: err.retryAfterSeconds } : {}),
      };
    }
    log.error(`operation ${op.name} failed`, err);
    return { ok: false, code: "internal", error: GENERIC_ERROR };
  }
}

function invalidInput(error: z.ZodError): ActionResult<never> {
  const flat = z.flattenError(error);
  const fieldErrors = Object.fromEntries(Object.entries(flat.fieldErrors).filter(([, v]) => Array.isArray(v) && v.length)) as Record<
    string,
    string[]
  >;
  const first = flat.formErrors[0] ?? Object.values(fieldErrors)[0]?.[0] ?? "Please check what you entered.";
  return { ok: false, code: "bad_request", error: Object.keys(fieldErrors).length ? "Please check the highlighted fields." : first, fieldErrors };
}
