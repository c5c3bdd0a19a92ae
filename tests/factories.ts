import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createSession } from "@/lib/auth/sessions";
import type { RequestInfo } from "@/lib/operations/define";

// One fixed argon2id hash of FACTORY_PASSWORD, so factories don't spend 30 ms hashing per user.
export const FACTORY_PASSWORD = "quiet harbour lantern 42";
let factoryHash: string | undefined;
async function passwordHash() {
  const { hashPassword } = await import("@/lib/auth/password");
  factoryHash ??= await hashPassword(FACTORY_PASSWORD);
  return factoryHash;
}

export interface TestUser {
  id: string;
  name: string;
  email: string;
  sessionId: string;
  /** A RequestInfo for executeOperation, as if this user made the request. */
  request: RequestInfo;
}

export async function createUser(overrides: { name?: string; timeZone?: string; email?: string; userAgent?: string } = {}): Promise<TestUser> {
  const tag = randomUUID().slice(0, 8);
  const name = overrides.name ?? `Tester ${tag}`;
  const email = overrides.email ?? `t-${tag}@example.test`;
  const user = await db.user.create({
    data: { name, email, timeZone: overrides.timeZone ?? "Europe/Berlin", passwordHash: await passwordHash() },
    select: { id: true },
  });
  const userAgent = overrides.userAgent ?? "vitest";
  const session = await createSession(user.id, userAgent);
  return { id: user.id, name, email, sessionId: session.id, request: { sessionId: session.id, ip: `10.0.0.${tag.charCodeAt(0)}`, userAgent } };
}

export interface TestCouple {
  id: string;
  a: TestUser;
  b: TestUser;
}

/** Two users linked in an active couple (A in slot 1, B in slot 2). */
export async function createCouple(names: { a?: string; b?: string } = {}): Promise<TestCouple> {
  const a = await createUser({ name: names.a ?? "Alex" });
  const b = await createUser({ name: names.b ?? "Blake" });
  const couple = await db.couple.create({
    data: { members: { create: [{ userId: a.id, slot: 1 }, { userId: b.id, slot: 2 }] } },
    select: { id: true },
  });
  return { id: couple.id, a, b };
}

/** A signed-out caller. */
export const anonymous: RequestInfo = { sessionId: null, ip: "10.9.9.9", userAgent: "vitest" };
