import { describe, expect, it } from "vitest";
import { signUpOp } from "@/lib/accounts/operations";
import { authenticateCredentials, SIGN_IN_FAILED } from "@/lib/accounts/mutations";
import { executeOperation } from "@/lib/operations/execute";
import { resolveMember } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { anonymous } from "@/tests/factories";

const good = { name: "Sam", email: "Sam@Example.test", password: "quiet harbour lantern 42", timeZone: "Europe/Berlin" };
const from = (ip: string) => ({ ...anonymous, ip });

describe("sign-up", () => {
  it("creates an account with an argon2id hash and a lower-cased email", async () => {
    const res = await executeOperation(signUpOp, good, from("10.1.0.1"));
    expect(res.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: "sam@example.test" }, select: { name: true, passwordHash: true, timeZone: true } });
    expect(user.name).toBe("Sam");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(good.password);
    expect(JSON.stringify(res)).not.toContain(good.password);
  });

  it.each([
    [{ ...good, email: "not-an-email" }, "email", "That doesn’t look like an email address — please check it."],
    [{ ...good, password: "short" }, "password", "Please use at least 10 characters."],
    [{ ...good, password: "x".repeat(129) }, "password", "Please use at most 128 characters."],
    [{ ...good, name: "  " }, "name", "Please tell us what to call you."],
    [{ ...good, name: "n".repeat(61) }, "name", "Please keep your name under 60 characters."],
    [{ ...good, timeZone: "Mars/Olympus" }, "timeZone", "Please choose a time zone from the list."],
  ])("refuses bad input with a message under the field and writes nothing (%#)", async (input, field, message) => {
    const res = await executeOperation(signUpOp, input, from("10.1.0.2"));
    expect(res).toMatchObject({ ok: false, code: "bad_request", fieldErrors: { [field]: [message] } });
    expect(await db.user.count()).toBe(0);
  });

  it("refuses common passwords with advice, and never echoes the password", async () => {
    const res = await executeOperation(signUpOp, { ...good, password: "password123" }, from("10.1.0.3"));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.fieldErrors?.password?.[0]).toMatch(/^That password is easy to guess/);
    expect(JSON.stringify(res)).not.toContain("password123");
    expect(await db.user.count()).toBe(0);
  });

  it("says an email is taken, without creating a second account", async () => {
    await executeOperation(signUpOp, good, from("10.1.0.4"));
    const res = await executeOperation(signUpOp, { ...good, email: "sam@example.test" }, from("10.1.0.4"));
    expect(res).toMatchObject({ ok: false, fieldErrors: { email: ["An account with this email already exists. Sign in instead?"] } });
    expect(await db.user.count()).toBe(1);
  });

  it("limits sign-ups per network and says how long to wait", async () => {
    for (let i = 0; i < 10; i++) {
      await executeOperation(signUpOp, { ...good, email: `s${i}@example.test` }, from("10.1.0.5"));
    }
    const res = await executeOperation(signUpOp, { ...good, email: "s99@example.test" }, from("10.1.0.5"));
    expect(res).toMatchObject({ ok: false, code: "rate_limited" });
    if (!res.ok) expect(res.error).toMatch(/Please wait \d+ minutes? and try again/);
    expect(await db.user.count()).toBe(10);
  });
});

describe("sign-in", () => {
  it("creates a server-side session the guard accepts", async () => {
    await executeOperation(signUpOp, good, from("10.2.0.1"));
    const user = await authenticateCredentials("sam@example.test", good.password, "10.2.0.1", "Chrome on Android");
    const member = await resolveMember(user.sid);
    expect(member?.user.name).toBe("Sam");
    expect(await db.session.count()).toBe(1);
  });

  it("gives unknown emails and wrong passwords the same message", async () => {
    await executeOperation(signUpOp, good, from("10.2.0.2"));
    const unknown = await authenticateCredentials("nobody@example.test", good.password, "10.2.0.2", "").catch((e: Error) => e.message);
    const wrong = await authenticateCredentials("sam@example.test", "not the password", "10.2.0.2", "").catch((e: Error) => e.message);
    expect(unknown).toBe(SIGN_IN_FAILED);
    expect(wrong).toBe(SIGN_IN_FAILED);
    expect(await db.session.count()).toBe(0);
  });

  it("slows down guessing on one account, even with the right password afterwards", async () => {
    await executeOperation(signUpOp, good, from("10.2.0.3"));
    for (let i = 0; i < 8; i++) await authenticateCredentials("sam@example.test", `wrong ${i}`, `10.2.1.${i}`, "").catch(() => undefined);
    const err = await authenticateCredentials("sam@example.test", good.password, "10.2.2.1", "").catch((e: Error) => e.message);
    expect(err).toMatch(/^Too many sign-in attempts for now\. Please wait \d+ minutes? and try again\.$/);
    expect(await db.session.count()).toBe(0);
  });
});
