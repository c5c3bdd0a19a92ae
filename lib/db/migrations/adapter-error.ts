import { DriverAdapterError } from "@prisma/driver-adapter-utils";

type PostgresError = {
  code: string;
  severity: string;
  message: string;
  detail?: string;
  column?: string;
  hint?: string;
};

/** Rethrows a PostgreSQL error (from pg or PGlite) in the shape the Prisma engines understand. */
export function toAdapterError(error: unknown): never {
  const e = error as Partial<PostgresError> | null;
  if (typeof e?.code !== "string" || typeof e.severity !== "string") throw error;
  throw new DriverAdapterError({
    kind: "postgres",
    code: e.code,
    severity: e.severity,
    message: e.message ?? "",
    detail: e.detail,
    column: e.column,
    hint: e.hint,
  });
}
