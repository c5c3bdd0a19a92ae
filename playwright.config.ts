import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * E2E runs against the production build served by server.ts, in the system Chromium, on a
 * phone-sized touch viewport. scripts/test-all.sh builds first and prepares a fresh database:
 * E2E_DATABASE_URL (PostgreSQL) or, without it, an embedded database in .data/e2e-pglite.
 */
export const CHROME_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";
if (!existsSync(CHROME_PATH)) {
  throw new Error(`No Chromium at ${CHROME_PATH}. Install one with: apt-get install -y chromium (or set CHROME_PATH).`);
}

const port = Number(process.env.E2E_PORT ?? 3217);
export const baseURL = `http://localhost:${port}`;

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** The phone every test uses: 390×844 with touch, like a current mid-size phone. */
export const phone = { ...devices["Pixel 7"], viewport: { width: 390, height: 844 }, screen: { width: 390, height: 844 } };

const serverEnv: Record<string, string> = {
  NODE_ENV: "production",
  PORT: String(port),
  HOST: "127.0.0.1",
  APP_URL: baseURL,
  NEXT_TELEMETRY_DISABLED: "1",
  // Every test signs up from 127.0.0.1; the limits themselves are covered by integration tests.
  RATE_LIMIT_SCALE: "100",
  LOG_LEVEL: "warn",
  // The pseudo-locale en-XA for tests/e2e/i18n (lib/i18n); people still get English unless they ask.
  PSEUDO_LOCALE: "1",
  ...(process.env.E2E_DATABASE_URL
    ? { DATABASE_URL: process.env.E2E_DATABASE_URL }
    : { DATABASE_URL: "", EMBEDDED_DB_DIR: process.env.E2E_EMBEDDED_DB_DIR ?? ".data/e2e-pglite" }),
  ...(process.env.AUTH_SECRET ? { AUTH_SECRET: process.env.AUTH_SECRET } : {}),
};
export const e2eServerEnv = serverEnv;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    baseURL,
    ...phone,
    launchOptions: { executablePath: CHROME_PATH, args: chromiumArgs },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [{ name: "phone", use: { ...phone } }],
  webServer: {
    // What production runs (`npm run build` made it): one process, so stopping it stops the server.
    command: "node dist/server.js",
    url: `${baseURL}/api/health`,
    env: serverEnv,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
