import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticateCredentials } from "../accounts/mutations";
import { requestIp } from "../client-ip";
import { env, pseudoLocaleEnabled } from "../env";
import { AppError } from "../errors";
import { negotiateLocale } from "../i18n/negotiate";
import { localize, say } from "../i18n/translate";
import { failure } from "../operations/result";
import { log } from "../log";
import { SignInSchema } from "./schemas";
import { SECURE_SESSION_COOKIE, SESSION_COOKIE, secureCookiesEnabled } from "./cookie";
import { revokeSession, SESSION_MAX_AGE_SECONDS } from "./sessions";

function header(headers: unknown, name: string): string {
  const value = (headers as Record<string, string | string[] | undefined> | undefined)?.[name];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/**
 * next-auth with Credentials and JWT cookies. The JWT only carries a server-side session id (sid);
 * every request and socket checks that record, so signing out or revoking takes effect at once.
 * Served only through lib/auth/next-auth-route.ts, which keeps the endpoints the app does not use closed.
 */
export function authOptions(): NextAuthOptions {
  const secure = secureCookiesEnabled();
  return {
    secret: env().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: secure,
    cookies: {
      sessionToken: {
        name: secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE,
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
    },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          // Signed out: the browser's language says which words the refusal comes back in.
          const locale = negotiateLocale(header(req?.headers, "accept-language"), pseudoLocaleEnabled());
          const parsed = SignInSchema.safeParse(credentials);
          if (!parsed.success) {
            const first = parsed.error.issues[0]?.message;
            throw new Error(first ? localize(locale, first) : say(locale, "auth.errors.missing"));
          }
          const ip = requestIp(req?.headers);
          try {
            return await authenticateCredentials(parsed.data.email, parsed.data.password, ip, header(req?.headers, "user-agent"));
          } catch (err) {
            if (err instanceof AppError) throw new Error(failure(err, locale).error);
            log.error("sign-in failed", err);
            throw new Error(say(locale, "auth.errors.unavailable"));
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        // Only signing in mints a token. next-auth calls this again only to serve a session from the JWT
        // alone (/session, closed in lib/auth/next-auth-route.ts); should that ever be reached, fail closed.
        if (!user) throw new Error("next-auth session reads are closed; use lib/auth/guard.ts");
        if ("sid" in user) token.sid = (user as { sid: string }).sid;
        return token;
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sub && typeof token.sid === "string") await revokeSession(token.sub, token.sid);
      },
    },
  };
}
