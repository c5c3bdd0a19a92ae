import { describe, expect, it } from "vitest";
import { formDataToObject } from "./form-data";

describe("formDataToObject", () => {
  it("keeps single values as strings and repeated keys as arrays", () => {
    const fd = new FormData();
    fd.append("name", "Sam");
    fd.append("days[]", "MON");
    fd.append("days[]", "FRI");
    fd.append("tag", "a");
    fd.append("tag", "b");
    fd.append("$ACTION_ID_abc", "");
    expect(formDataToObject(fd)).toEqual({ name: "Sam", days: ["MON", "FRI"], tag: ["a", "b"] });
  });

  it("gives an empty array for a checkbox group with a single box ticked", () => {
    const fd = new FormData();
    fd.append("days[]", "TUE");
    expect(formDataToObject(fd)).toEqual({ days: ["TUE"] });
  });
});
