import type { z } from "zod";
import { accountOperations } from "../accounts/operations";
import { agreementOperations } from "../agreements/operations";
import { calendarOperations } from "../calendar/operations";
import { checkInOperations } from "../checkins/operations";
import { coupleOperations } from "../couples/operations";
import { journalOperations } from "../journal/operations";
import { pauseOperations } from "../pause/operations";
import { pushOperations } from "../push/operations";
import { reviewOperations } from "../reviews/operations";
import { recordOperations } from "../record/operations";
import { shareLinkOperations } from "../share-links/operations";
import { systemOperations } from "../system/operations";
import { todayOperations } from "../today/operations";
import { tokenOperations } from "../tokens/operations";
import { eventNameOf, type AnyOperation, type EventNameOf, type SocketOptions } from "./define";
import type { ActionResult } from "./result";

/**
 * The single list of verbs. Every transport is derived from it: the server action
 * (server-action.ts), the socket's dispatcher and typed event contract (lib/realtime), route
 * handlers (route.ts) and the authorization matrix. A verb that is not here is served nowhere.
 */
export const operations = [
  ...systemOperations,
  ...accountOperations,
  ...coupleOperations,
  ...agreementOperations,
  ...pauseOperations,
  ...checkInOperations,
  ...calendarOperations,
  ...reviewOperations,
  ...recordOperations,
  ...shareLinkOperations,
  ...journalOperations,
  ...tokenOperations,
  ...todayOperations,
  ...pushOperations,
] as const;

type Operations = (typeof operations)[number];
export type OperationName = Operations["name"];
export type OperationNamed<N extends OperationName> = Extract<Operations, { name: N }>;
export type OperationInput<N extends OperationName> = z.input<OperationNamed<N>["input"]>;
export type OperationOutput<N extends OperationName> = Awaited<ReturnType<OperationNamed<N>["run"]>>;

/** The operations a socket may send, known at compile time from their `socket` option. */
type SocketOperations = Operations extends infer O ? (O extends { socket?: infer T } ? (T extends SocketOptions ? O : never) : never) : never;
export type SocketOperationName = SocketOperations["name"];

/** The socket's request events, derived: `pause.start` is sent as `pause:start` with its input, answered with its result. */
export type OperationEvents = {
  [O in SocketOperations as EventNameOf<O["name"]>]: (
    payload: z.input<O["input"]>,
    ack: (result: ActionResult<Awaited<ReturnType<O["run"]>>>) => void,
  ) => void;
};

const byName = new Map<string, AnyOperation>(operations.map((op) => [op.name, op]));

/** The operation with this name, for transports that receive names from outside (unknown → undefined). */
export function findOperation(name: unknown): AnyOperation | undefined {
  return typeof name === "string" ? byName.get(name) : undefined;
}

/** Socket event name → operation, for the socket dispatcher. */
export function socketOperations(list: readonly AnyOperation[] = operations): Map<string, AnyOperation & { socket: SocketOptions }> {
  return new Map(list.filter((op): op is AnyOperation & { socket: SocketOptions } => !!op.socket).map((op) => [eventNameOf(op.name), op]));
}
