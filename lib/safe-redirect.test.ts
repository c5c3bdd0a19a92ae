import { describe, expect, it } from "vitest";
import { safeFrom } from "./safe-redirect";

describe("safeFrom", () => {
  it("follows same-site paths and refuses everything else", () => {
    expect(safeFrom("/join?code=ABCDE-FGHJK", "/today")).toBe("/join?code=ABCDE-FGHJK");
    expect(safeFrom("https://evil.example", "/today")).toBe("/today");
    expect(safeFrom("//evil.example", "/today")).toBe("/today");
    expect(safeFrom("/\\evil.example", "/today")).toBe("/today");
    expect(safeFrom(undefined, "/today")).toBe("/today");
    expect(safeFrom(["/me", "/x"], "/today")).toBe("/me");
  });
});
