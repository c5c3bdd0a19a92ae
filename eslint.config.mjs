import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
    // One way in: lib/env.ts parses and validates process.env once, so a variable has one default
    // and one limit. Exempt: scripts, benchmarks and config files run outside the app and set up
    // the environment of what they start; tests do the same for the process under test (and call
    // reloadEnv()), and read their own knobs (TEST_DATABASE_URL, E2E_*) that the app never reads,
    // which lib/db/test-database.ts, test-only code that lives beside lib/db, shares.
    ignores: ["lib/env.ts", "scripts/**", "bench/**", "**/*.config.*", "tests/**", "lib/db/test-database.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through env() from lib/env.ts (add the variable to its schema and to .env.example)." },
      ],
    },
  },
  {
    // Playwright fixtures call their continuation `use`, which is not React's hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
]);
