import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TimeZoneSelect } from "@/components/accounts/time-zone-select";
import { Choices, TextArea } from "@/components/agreements/controls";
import { Field } from "./field";

const attributes = (html: string, name: string) => [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, "g"))].map((m) => m[1]!);

/** Renders the controls twice over, as Me does with its leave and delete forms (both ask for "password"). */
function renderTwice() {
  const once = (key: string) =>
    createElement(
      Fragment,
      { key },
      createElement(Field, {
        label: "Your password",
        name: "password",
        type: "password",
        hint: "The one you sign in with.",
        errors: ["That password isn’t right."],
      }),
      createElement(TimeZoneSelect, { label: "Time zone", errors: ["Please choose a time zone from the list."] }),
      createElement(TextArea, { label: "What we say", name: "say", hint: "A sentence or two.", errors: ["Please add a sentence."] }),
      createElement(Choices, {
        legend: "Who starts",
        name: "who",
        options: [{ value: "either", label: "Either of us" }],
        hint: "One of us.",
        errors: ["Please choose."],
      }),
    );
  return renderToStaticMarkup(createElement("form", null, once("leave"), once("delete")));
}

describe("form controls on one page", () => {
  const html = renderTwice();
  const ids = attributes(html, "id");

  it("never share an id, even when two forms ask for the same field", () => {
    expect(ids.length).toBeGreaterThan(8);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("keep every label, hint and error tied to its own control", () => {
    const labelled = attributes(html, "for");
    expect(labelled).toHaveLength(6);
    for (const target of labelled) expect(ids).toContain(target);
    const described = attributes(html, "aria-describedby").flatMap((list) => list.split(" "));
    expect(described).toHaveLength(14);
    for (const target of described) expect(ids).toContain(target);
    expect(new Set(described).size).toBe(described.length);
  });
});
