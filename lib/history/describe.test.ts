import { describe, expect, it } from "vitest";
import { namespaceTranslator } from "../i18n/translate";
import { describeEvent as describe1, type TimelineEvent } from "./describe";

const en = namespaceTranslator("en", "history");
const es = namespaceTranslator("es", "history");
const describeEvent = (e: TimelineEvent, n: (id: string | null) => string, t = en) => ((d) => t(d.key, d.values))(describe1(e, n));

const name = (id: string | null) => (id === "a" ? "You" : "Blake");

describe("the timeline's words for the weekly review", () => {
  it("says what happened, never a rating", () => {
    expect(describeEvent({ type: "reviews.started", actorId: "b", data: { mode: "TOGETHER" } }, name)).toBe("Blake started our weekly review");
    expect(describeEvent({ type: "reviews.started", actorId: "b", data: { mode: "ALONE" } }, name)).toBe("Blake looked back on our week on their own");
    expect(describeEvent({ type: "reviews.decided", actorId: "a", data: { outcome: "RETIRE", kind: "PAUSE_RULE" } }, name)).toBe("In our review we chose to retire our pause rule");
    expect(describeEvent({ type: "reviews.finished", actorId: "a", data: {} }, name)).toBe("We finished our weekly review");
    expect(describeEvent({ type: "reviews.setAside", actorId: "a", data: {} }, name)).toBe("We set our weekly review aside for now");
    expect(describeEvent({ type: "agreements.proposed", actorId: "b", data: { kind: "CHECK_IN" } }, name)).toBe("Blake suggested a new check-in");
    expect(describeEvent({ type: "something.new", actorId: "b", data: null }, name)).toBe("Something changed in our shared space");
  });

  it("says it in Spanish, with the kind's gender", () => {
    expect(describeEvent({ type: "agreements.proposed", actorId: "b", data: { kind: "CHECK_IN" } }, name, es)).toBe("Blake propuso una nueva charla");
    expect(describeEvent({ type: "reviews.decided", actorId: "a", data: { outcome: "KEEP", kind: "NEED" } }, name, es)).toBe(
      "En nuestra revisión decidimos mantener nuestra necesidad",
    );
  });
});
