/** True for Prisma's "unique constraint failed" (P2002), however the driver adapter surfaced it. */
export function isUniqueViolation(err: unknown): boolean {
  if (!err || typeof err !== "object") return false;
  const e = err as { code?: unknown; cause?: unknown; message?: unknown };
  if (e.code === "P2002" || e.code === "23505") return true;
  if (typeof e.message === "string" && /Unique constraint failed|duplicate key value/i.test(e.message)) return true;
  return e.cause ? isUniqueViolation(e.cause) : false;
}

/** True for a CHECK constraint failure (e.g. a third member's slot). */
export function isCheckViolation(err: unknown): boolean {
  if (!err || typeof err !== "object") return false;
  const e = err as { code?: unknown; cause?: unknown; message?: unknown };
  if (e.code === "23514") return true;
  if (typeof e.message === "string" && /check constraint/i.test(e.message)) return true;
  return e.cause ? isCheckViolation(e.cause) : false;
}
