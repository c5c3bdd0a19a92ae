import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { clientBoundary } from "./eslint/client-boundary.mjs";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "dist/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "screenshots/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // App code sees the database through lib/db.ts, raw statements and error checks; the rest of
    // lib/db (the migration runner above all) is for scripts, boot and tests. See lib/db/README.md.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/db.ts", "lib/db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)lib/db/(?!raw$|unique-violation$|unavailable$)|^\\.\\.?/(.*/)?db/(?!raw$|unique-violation$|unavailable$)",
              message: "Import the client from @/lib/db, and only lib/db/raw, lib/db/unique-violation or lib/db/unavailable from lib/db/ (see lib/db/README.md).",
            },
          ],
        },
      ],
    },
  },
  {
    // One way in: lib/env.ts parses and validates process.env once, so a variable has one default
    // and one limit. Exempt: scripts, benchmarks and config files run outside the app and set up
    // the environment of what they start; tests do the same for the process under test (and call
    // reloadEnv()), and read their own knobs (TEST_DATABASE_URL, E2E_*) that the app never reads.
    ignores: ["lib/env.ts", "scripts/**", "bench/**", "**/*.config.*", "tests/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through env() from lib/env.ts (add the variable to its schema and to .env.example)." },
      ],
    },
  },
  {
    files: ["app/**", "components/**", "lib/**"],
    plugins: { steady: { rules: { "client-boundary": clientBoundary } } },
    rules: { "steady/client-boundary": "error" },
  },
  {
    // Playwright fixtures call their continuation `use`, which is not React's hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
]);
