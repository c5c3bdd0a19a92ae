import { encode } from "next-auth/jwt";
import { SESSION_COOKIE } from "@/lib/auth/cookie";

/** The exact cookie a browser holds after signing in: an encrypted next-auth JWT carrying the sid. */
export async function sessionCookie(userId: string, sessionId: string): Promise<string> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set (tests/setup/integration.ts sets one)");
  const token = await encode({ token: { sub: userId, sid: sessionId }, secret });
  return `${SESSION_COOKIE}=${token}`;
}
