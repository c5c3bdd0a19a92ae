import { format } from "node:util";
import { afterEach, beforeEach, vi } from "vitest";

/**
 * An unexpected console.error fails the test that caused it (the app logs unexpected errors
 * there). Tests that provoke one on purpose call allowConsoleErrors() first.
 */
let errors: string[] = [];
let allowed = false;

export function allowConsoleErrors() {
  allowed = true;
}

beforeEach(() => {
  errors = [];
  allowed = false;
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(format(...args));
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  if (!allowed && errors.length) {
    throw new Error(`console.error was called during this test:\n${errors.join("\n").slice(0, 4000)}`);
  }
});
