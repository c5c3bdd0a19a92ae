/* eslint-disable no-restricted-properties -- this test sets the environment the boot code reads, as tests/** may */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { EnvError, parseEnv, reloadEnv } from "../env";
import { prepareJournalKey, serverKey } from "./server-key";

const saved = process.env.JOURNAL_KEY;
afterEach(() => {
  if (saved === undefined) delete process.env.JOURNAL_KEY;
  else process.env.JOURNAL_KEY = saved;
  reloadEnv();
});

const tempFile = () => join(mkdtempSync(join(tmpdir(), "steady-journal-key-")), "nested", "journal-key");

describe("JOURNAL_KEY", () => {
  it("must be 32 bytes in base64; a malformed value names the variable and the fix", () => {
    expect(parseEnv({ JOURNAL_KEY: Buffer.alloc(32, 1).toString("base64") }).JOURNAL_KEY).toBeDefined();
    for (const bad of ["short", Buffer.alloc(16, 1).toString("base64"), Buffer.alloc(33, 1).toString("base64"), "not base64 at all!!!!!!!!!!!!!!!!!!!!!!!!!!!"]) {
      expect(() => parseEnv({ JOURNAL_KEY: bad })).toThrow(/JOURNAL_KEY: must be 32 random bytes in base64; generate one with: openssl rand -base64 32/);
    }
  });

  it("is generated on first start, into process.env at once and into the file only when persisted", () => {
    delete process.env.JOURNAL_KEY;
    reloadEnv();
    const file = tempFile();
    const prepared = prepareJournalKey(file);
    expect(prepared.source).toBe("generated");
    expect(Buffer.from(process.env.JOURNAL_KEY!, "base64")).toHaveLength(32);
    expect(existsSync(file)).toBe(false);
    prepared.persist();
    expect(readFileSync(file, "utf8").trim()).toBe(process.env.JOURNAL_KEY);
    expect(serverKey()).toHaveLength(32);
  });

  it("is read back from the file on the next start, and JOURNAL_KEY always wins", () => {
    delete process.env.JOURNAL_KEY;
    reloadEnv();
    const file = tempFile();
    prepareJournalKey(file).persist();
    const kept = process.env.JOURNAL_KEY;
    delete process.env.JOURNAL_KEY;
    reloadEnv();
    expect(prepareJournalKey(file).source).toBe("file");
    expect(process.env.JOURNAL_KEY).toBe(kept);
    process.env.JOURNAL_KEY = Buffer.alloc(32, 9).toString("base64");
    reloadEnv();
    expect(prepareJournalKey(file).source).toBe("env");
  });

  it("refuses a damaged key file with a message naming JOURNAL_KEY, and does not replace it", () => {
    delete process.env.JOURNAL_KEY;
    reloadEnv();
    const file = tempFile();
    prepareJournalKey(file).persist();
    writeFileSync(file, "garbage\n");
    delete process.env.JOURNAL_KEY;
    reloadEnv();
    expect(() => prepareJournalKey(file)).toThrow(EnvError);
    expect(() => prepareJournalKey(file)).toThrow(/JOURNAL_KEY: .*does not hold 32 bytes/);
    expect(readFileSync(file, "utf8")).toBe("garbage\n");
  });

  it("a missing key at run time is an error naming the variable", () => {
    delete process.env.JOURNAL_KEY;
    reloadEnv();
    expect(() => serverKey()).toThrow(/JOURNAL_KEY is not set/);
  });
});
