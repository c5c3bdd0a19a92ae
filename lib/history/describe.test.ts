import { describe, expect, it } from "vitest";
import { describeEvent } from "./describe";

const name = (id: string | null) => (id === "a" ? "You" : "Blake");

describe("the timeline's words for the weekly review", () => {
  it("says what happened, never a rating", () => {
    expect(describeEvent({ type: "reviews.started", actorId: "b", data: { mode: "TOGETHER" } }, name)).toBe("Blake started our weekly review");
    expect(describeEvent({ type: "reviews.started", actorId: "b", data: { mode: "ALONE" } }, name)).toBe("Blake looked back on our week on their own");
    expect(describeEvent({ type: "reviews.decided", actorId: "a", data: { outcome: "RETIRE", kind: "PAUSE_RULE" } }, name)).toBe("In our review we chose to retire our pause rule");
    expect(describeEvent({ type: "reviews.finished", actorId: "a", data: {} }, name)).toBe("We finished our weekly review");
    expect(describeEvent({ type: "reviews.setAside", actorId: "a", data: {} }, name)).toBe("We set our weekly review aside for now");
  });
});
