import { z } from "zod";
import { proxyEntryProblem } from "./client-ip";

/**
 * Every environment variable Steady reads, and the only module that reads process.env (ESLint
 * enforces it). server.ts parses it first at boot: a missing or malformed value stops the start
 * with a message naming the variable and the fix. `.env.example` mirrors this schema, one comment
 * per key (lib/env.test.ts checks). Server code only: the browser gets no process.env.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce
    .number({ error: "must be a port number, e.g. PORT=3000" })
    .int()
    .min(0, "must be between 0 and 65535")
    .max(65535, "must be between 0 and 65535")
    .default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "must start with postgresql://, e.g. postgresql://user@127.0.0.1:5432/steady")
    .optional(),
  EMBEDDED_DB_DIR: z.string().trim().min(1).default(".data/pglite"),
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: "must be a whole number from 1 to 200, e.g. DATABASE_POOL_SIZE=10" })
    .int("must be a whole number from 1 to 200, e.g. DATABASE_POOL_SIZE=10")
    .min(1, "must be a whole number from 1 to 200, e.g. DATABASE_POOL_SIZE=10")
    .max(200, "must be a whole number from 1 to 200, e.g. DATABASE_POOL_SIZE=10")
    .default(10),
  // Longest a request's SQL statement may run before PostgreSQL cancels it (the pause's own statements get a quarter).
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce
    .number({ error: "must be a number of milliseconds from 200 to 600000, e.g. DATABASE_STATEMENT_TIMEOUT_MS=8000" })
    .int("must be a whole number of milliseconds, e.g. DATABASE_STATEMENT_TIMEOUT_MS=8000")
    .min(200, "must be at least 200 ms, e.g. DATABASE_STATEMENT_TIMEOUT_MS=8000")
    .max(600_000, "must be at most 600000 ms (10 minutes), e.g. DATABASE_STATEMENT_TIMEOUT_MS=8000")
    .default(8000),
  AUTH_SECRET: z
    .string()
    .min(32, "must be at least 32 characters; generate one with: openssl rand -base64 32")
    .optional(),
  // The server key that wraps each person's journal key (lib/journal/server-key.ts): exactly 32 bytes.
  JOURNAL_KEY: z
    .string()
    .trim()
    .refine((v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, "base64").length === 32, "must be 32 random bytes in base64; generate one with: openssl rand -base64 32")
    .optional(),
  // Web Push (lib/push/vapid.ts): both keys or neither; unset, they are generated once into .data/vapid.json.
  VAPID_PUBLIC_KEY: z
    .string()
    .trim()
    .refine((v) => /^[A-Za-z0-9_-]+$/.test(v) && Buffer.from(v, "base64url").length === 65, "must be a P-256 public key in base64url (65 bytes); generate a pair with: npx web-push generate-vapid-keys")
    .optional(),
  VAPID_PRIVATE_KEY: z
    .string()
    .trim()
    .refine((v) => /^[A-Za-z0-9_-]+$/.test(v) && Buffer.from(v, "base64url").length === 32, "must be a P-256 private key in base64url (32 bytes); generate a pair with: npx web-push generate-vapid-keys")
    .optional(),
  VAPID_SUBJECT: z
    .string()
    .trim()
    .regex(/^(mailto:.+@.+|https:\/\/.+)$/, "must be mailto:you@example.org or an https:// URL, for push services to reach the operator")
    .optional(),
  // Origins besides the browsers' push services that subscriptions may point at (a self-hosted push
  // service; tests and the bench use a local one), comma-separated. Empty: the known services only.
  PUSH_EXTRA_ORIGINS: z
    .string()
    .default("")
    .transform((list, ctx) => {
      const entries = list.split(",").map((s) => s.trim()).filter(Boolean);
      for (const entry of entries) {
        if (!URL.canParse(entry) || new URL(entry).origin !== entry) ctx.addIssue({ code: "custom", message: `"${entry}" is not an origin; list origins like https://push.example.org, comma-separated` });
      }
      return entries;
    }),
  // 0 turns the job worker off on this node (lib/jobs/worker.ts); other nodes still run the jobs.
  JOBS_POLL_MS: z.coerce.number({ error: "must be a number of milliseconds, e.g. JOBS_POLL_MS=1000" }).int().min(0).max(60_000).default(1000),
  APP_URL: z.url({ error: "must be a full URL, e.g. APP_URL=https://steady.example.org" }).optional(),
  ALLOWED_ORIGINS: z.string().optional(),
  API_CORS_ORIGINS: z
    .string()
    .default("")
    .transform((list, ctx) => {
      const entries = list.split(",").map((s) => s.trim()).filter(Boolean);
      for (const entry of entries) {
        if (!URL.canParse(entry) || new URL(entry).origin !== entry) {
          ctx.addIssue({ code: "custom", message: `"${entry}" is not an origin; list origins like https://widgets.example.org, comma-separated` });
        }
      }
      return entries;
    }),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must start with redis:// or rediss://, e.g. redis://127.0.0.1:6379")
    .optional(),
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((list, ctx) => {
      const entries = list.split(/[\s,]+/).filter(Boolean);
      for (const problem of entries.map(proxyEntryProblem).filter(Boolean)) {
        ctx.addIssue({ code: "custom", message: `${problem}; list the reverse proxies' addresses, e.g. TRUSTED_PROXIES=127.0.0.1,10.0.0.0/8` });
      }
      return entries;
    }),
  // Unset: "warn" under tests (quiet runs), "info" otherwise; filled in below.
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"], { error: "must be debug, info, warn or error" }).optional(),
  RATE_LIMIT_SCALE: z.coerce.number({ error: "must be a number, e.g. RATE_LIMIT_SCALE=1" }).int().min(1).max(10_000).default(1),
  DEBUG_MIGRATE: z.stringbool({ error: "must be 1 or 0" }).default(false),
  // The pseudo-locale en-XA (lib/i18n): unset means on in development, off in production.
  PSEUDO_LOCALE: z.stringbool({ error: "must be 1 or 0" }).optional(),
});

/** The variables Steady reads, for the test that keeps `.env.example` in step. */
export const ENV_KEYS = Object.keys(EnvSchema.shape);

const ResolvedEnvSchema = EnvSchema.refine((e) => !e.VAPID_PUBLIC_KEY === !e.VAPID_PRIVATE_KEY, {
  message: "set both VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY (a pair), or neither",
  path: ["VAPID_PRIVATE_KEY"],
}).transform((e) => ({ ...e, LOG_LEVEL: e.LOG_LEVEL ?? (e.NODE_ENV === "test" ? "warn" : "info") }));

export type Env = z.infer<typeof ResolvedEnvSchema>;

export class EnvError extends Error {}

/** Parses an env record; throws EnvError with one line per bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings (KEY= in .env) mean "not set", as in most dotenv setups.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const result = ResolvedEnvSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}\nFix these in .env (see .env.example) or in the shell, then start again.`);
}

// Parsed on first use, not at import: server.ts fills in defaults before that (see defaultProcessEnv).
// Next's bundle holds its own copy of this module, which parses process.env again on its first call.
let cached: Env | undefined;

/** The validated environment of this process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * Boot only (server.ts): sets a variable the operator left unset, for code that reads process.env
 * itself (next-auth reads NEXTAUTH_URL) and for Next's copy of this module, which has not parsed yet.
 */
export function defaultProcessEnv(name: string, value: string): void {
  if (!process.env[name]) process.env[name] = value;
  cached = undefined;
}

/** Forgets the parsed environment: for tests that change process.env after something read env(). */
export function reloadEnv(): void {
  cached = undefined;
}

/** Whether the pseudo-locale (accented English for finding untranslated words) may be used. */
export function pseudoLocaleEnabled(e: Env = env()): boolean {
  return e.PSEUDO_LOCALE ?? e.NODE_ENV !== "production";
}

/** The public origin of the app, used for invite links and the socket Origin allow-list. */
export function appUrl(e: Env = env()): string {
  return (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
}

/** Origins allowed to open a socket: the app's own, plus ALLOWED_ORIGINS (comma-separated). */
export function allowedOrigins(e: Env = env()): string[] {
  const extra = (e.ALLOWED_ORIGINS ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return [new URL(appUrl(e)).origin, ...extra];
}
