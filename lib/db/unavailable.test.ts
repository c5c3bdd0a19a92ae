import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { failure } from "../operations/result";
import { asUnavailable, databaseFailure, DatabaseUnavailable, DATABASE_TOO_SLOW, DATABASE_UNAVAILABLE, DATABASE_UNCONFIRMED } from "./unavailable";

const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("databaseFailure", () => {
  it("recognises the database being away, however the driver or Prisma said it", () => {
    expect(databaseFailure(withCode("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432"))).toBe("unreachable");
    expect(databaseFailure(withCode("57P01", "terminating connection due to administrator command"))).toBe("unreachable");
    expect(databaseFailure(withCode("08006"))).toBe("unreachable");
    expect(databaseFailure(new Error("Connection terminated unexpectedly"))).toBe("unreachable");
    expect(databaseFailure(new Error("timeout exceeded when trying to connect"))).toBe("unreachable");
    expect(databaseFailure(withCode("P1001", "Can't reach database server at 127.0.0.1:5432"))).toBe("unreachable");
    // Prisma's driver-adapter error keeps the driver's kind in its cause.
    expect(databaseFailure(Object.assign(new Error("wrapped"), { cause: { kind: "ConnectionClosed" } }))).toBe("unreachable");
  });

  it("tells a statement timeout apart: that one was rolled back", () => {
    expect(databaseFailure(withCode("57014", "canceling statement due to statement timeout"))).toBe("timeout");
    expect(databaseFailure(Object.assign(new Error("wrapped"), { cause: { kind: "postgres", originalCode: "57014" } }))).toBe("timeout");
  });

  it("tells apart the hot path giving up: that statement may still commit", () => {
    expect(databaseFailure(new Error("Query read timeout"))).toBe("unconfirmed");
    // Never "nothing changed" for it: the server may still commit what was sent.
    expect(asUnavailable(new Error("Query read timeout"))).toMatchObject({ code: "unavailable", message: DATABASE_UNCONFIRMED, retryAfterSeconds: 3 });
    expect(DATABASE_UNCONFIRMED).not.toMatch(/nothing changed/i);
    expect(DATABASE_TOO_SLOW).toMatch(/nothing changed/i);
  });

  it("is said in the person's language", () => {
    const spanish = failure(new DatabaseUnavailable("unconfirmed"), "es");
    expect(spanish).toMatchObject({ ok: false, code: "unavailable", retryAfterSeconds: 3 });
    expect(spanish.error).not.toBe(DATABASE_UNCONFIRMED);
    expect(spanish.error).toMatch(/dos veces/);
    expect(failure(new DatabaseUnavailable("unreachable"), "en").error).toBe(DATABASE_UNAVAILABLE);
  });

  it("leaves every other error alone", () => {
    expect(databaseFailure(withCode("23505", "duplicate key value violates unique constraint"))).toBeNull();
    expect(databaseFailure(new AppError("conflict", "no"))).toBeNull();
    expect(databaseFailure(new TypeError("x is undefined"))).toBeNull();
    expect(databaseFailure("Connection terminated")).toBeNull();
    const plain = new Error("boom");
    expect(asUnavailable(plain)).toBe(plain);
  });

  it("becomes a retryable failure with words for people", () => {
    const away = asUnavailable(withCode("ECONNRESET"));
    expect(away).toBeInstanceOf(DatabaseUnavailable);
    expect(away).toMatchObject({ code: "unavailable", message: DATABASE_UNAVAILABLE, retryAfterSeconds: 3 });
    expect(asUnavailable(withCode("57014"))).toMatchObject({ message: DATABASE_TOO_SLOW });
  });
});
