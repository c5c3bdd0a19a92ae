import type { z } from "zod";
import type { CoupleMember, Member } from "../auth/member";
import type { Locale } from "../i18n/config";
import type { LimitName } from "../rate-limit";
import type { TokenScope } from "../tokens/constants";

/**
 * One verb, declared once. Server actions, Socket.IO events, route handlers, the typed event
 * contract, the browser's "socket first, then HTTP" helper and the authorization matrix are all
 * derived from these declarations (lib/operations/registry.ts lists them). Adding a verb means
 * declaring it in its domain's operations.ts and adding it to the registry — nothing else.
 */
export type Access = "public" | "member" | "couple";

/** Who is asking and from where: the same for every transport. */
export interface RequestInfo {
  sessionId: string | null;
  ip: string;
  userAgent: string;
  /** Origin the request came to (for links the user will share); APP_URL wins when set. */
  origin?: string;
  /** The caller's Accept-Language: their words when they chose none on Me (lib/i18n). */
  acceptLanguage?: string | null;
  /** A fixed language for the answer's words (the JSON API answers in English). */
  locale?: Locale;
  /** The request's clock; tests pass a fixed one so nothing depends on the real date. */
  clock?: () => Date;
}

export type MemberFor<A extends Access> = A extends "couple" ? CoupleMember : A extends "member" ? Member : Member | null;

export interface OperationContext<A extends Access> {
  request: RequestInfo;
  member: MemberFor<A>;
  /** One instant per operation, from the request's clock. */
  now: Date;
}

export interface SocketOptions {
  /** Events per second one socket may send before being told to slow down (before any query). */
  perSecond: number;
  /**
   * "before" (default): the member is resolved from the database before the operation runs.
   * "in-statement": the operation's own statement checks the session and membership and throws
   * StaleIdentity when that check fails; a socket may then run it on the member it resolved
   * last, and the executor re-resolves and retries only on StaleIdentity. Saves a query on the
   * pause's hot path.
   */
  identityCheck?: "before" | "in-statement";
}

/**
 * Also served by the JSON API under /api/v1 (lib/api), to a personal access token whose scope is
 * listed: a phone Shortcut, a watch, a widget. The OpenAPI document is generated from these.
 */
export interface ApiOptions<O> {
  method: "GET" | "POST";
  /** The path under /api/v1, e.g. "/pause/start". */
  path: `/${string}`;
  /** Token scopes that may call it (lib/tokens/constants.ts). */
  scopes: readonly TokenScope[];
  /** One line for the reference. */
  summary: string;
  description?: string;
  /** The JSON a success answers with, for the document; its type must be the operation's own output. */
  output: z.ZodType<NoInfer<O>>;
}

export interface Operation<N extends string, A extends Access, S extends z.ZodType, O, T extends SocketOptions | undefined = SocketOptions | undefined> {
  /** `domain.verb`; the socket event is `domain:verb` (eventNameOf) and timeline events are `domain.<past tense>`. */
  name: N;
  access: A;
  input: S;
  /** A per-user limit shared across nodes and transports (lib/rate-limit), counted after the input parsed. */
  rateLimit?: { limit: LimitName; what: string };
  /** Also served over the socket (the pause and other live verbs). */
  socket?: T;
  api?: ApiOptions<O>;
  run: (input: z.output<S>, ctx: OperationContext<A>) => Promise<O>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry's element type; each entry keeps its own types
export type AnyOperation = Operation<string, any, any, any, any>;

/** Declares an operation with its name, input and output types inferred. */
export function defineOperation<
  const N extends `${string}.${string}`,
  A extends Access,
  S extends z.ZodType,
  O,
  const T extends SocketOptions | undefined = undefined,
>(op: Operation<N, A, S, O, T>): Operation<N, A, S, O, T> {
  return op;
}

/** `pause.start` → `pause:start`: the one rule from an operation's name to its socket event. */
export type EventNameOf<N extends string> = N extends `${infer D}.${infer V}` ? `${D}:${V}` : never;

export function eventNameOf<N extends string>(name: N): EventNameOf<N> {
  return name.replace(".", ":") as EventNameOf<N>;
}
