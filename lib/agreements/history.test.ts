import { describe, expect, it } from "vitest";
import { comparisonBase } from "./history";
import type { AgreementContent } from "./schemas";

const content = (minutes: number): AgreementContent => ({ kind: "PAUSE_RULE", minutes, reconvene: "TALK_NOW", during: "", needs: [] });
type V = Parameters<typeof comparisonBase>[1];
const v = (number: number, action: V["action"], status: V["status"]): V => ({ id: `v${number}`, number, action, status, content: content(number) });

describe("comparisonBase", () => {
  it("compares a counter with the proposal it replaced", () => {
    const versions = [v(1, "CREATE", "SUPERSEDED"), v(2, "CREATE", "PENDING")];
    expect(comparisonBase(versions, versions[1]!)?.id).toBe("v1");
  });

  it("compares a change with what we had agreed, skipping declined proposals", () => {
    const versions = [v(1, "CREATE", "ACCEPTED"), v(2, "CHANGE", "DECLINED"), v(3, "CHANGE", "ACCEPTED"), v(4, "CHANGE", "WITHDRAWN"), v(5, "CHANGE", "PENDING")];
    expect(comparisonBase(versions, versions[4]!)?.id).toBe("v3");
    expect(comparisonBase(versions, versions[1]!)?.id).toBe("v1");
  });

  it("has nothing to compare for a first proposal or a retirement", () => {
    const versions = [v(1, "CREATE", "ACCEPTED"), v(2, "RETIRE", "PENDING")];
    expect(comparisonBase(versions, versions[0]!)).toBeNull();
    expect(comparisonBase(versions, versions[1]!)).toBeNull();
  });
});
