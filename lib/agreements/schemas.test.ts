import { z } from "zod";
import { describe, expect, it } from "vitest";
import { AgreementContentSchema, CheckInContentSchema, parseContent, ProposeAgreementSchema, ProposeChangeSchema, toContent } from "./schemas";
import { localize, wordsFor } from "../i18n/translate";
import { resolveTemplate, TEMPLATES, templateText } from "./templates";

/** The messages as people read them in English (schemas hold catalogue keys). */
const fieldErrors = (result: { success: boolean; error?: z.ZodError }) =>
  result.error
    ? (Object.fromEntries(Object.entries(z.flattenError(result.error).fieldErrors).map(([k, v]) => [k, (v as string[]).map((m) => localize("en", m))])) as Record<
        string,
        string[] | undefined
      >)
    : {};

const checkIn = {
  kind: "CHECK_IN",
  about: "How today felt",
  unit: "WEEK",
  every: "1",
  days: ["FRI", "TUE"],
  time: "19:30",
  timeZone: "Europe/Berlin",
  channel: "IN_PERSON",
  starter: "either",
};

describe("agreement schemas", () => {
  it("accepts form-shaped check-in input and coerces numbers", () => {
    const parsed = ProposeAgreementSchema.parse(checkIn);
    expect(parsed).toMatchObject({ kind: "CHECK_IN", every: 1, script: "", needs: [], note: "" });
  });

  it("accepts a single ticked checkbox as a list", () => {
    const parsed = ProposeAgreementSchema.parse({ ...checkIn, days: "MON", needs: "RITUAL" });
    expect(parsed).toMatchObject({ days: ["MON"], needs: ["RITUAL"] });
  });

  it.each([
    [{ every: "0" }, "every", "Please choose every 1 to 8 weeks."],
    [{ every: "9" }, "every", "Please choose every 1 to 8 weeks."],
    [{ unit: "DAY", every: "31" }, "every", "Please choose every 1 to 30 days."],
    [{ every: "twice" }, "every", "Please enter how often, as a number."],
    [{ days: [] }, "days", "Please pick at least one day."],
    [{ time: "25:00" }, "time", "Please enter a time like 19:30."],
    [{ timeZone: "Mars/Olympus" }, "timeZone", "Please choose a time zone from the list."],
    [{ about: "   " }, "about", "Please say in a few words what we check in about."],
    [{ about: "x".repeat(101) }, "about", "Please keep this to 100 characters or fewer."],
    [{ script: "x".repeat(401) }, "script", "Please keep this to 400 characters or fewer."],
  ])("check-in %j → %s: %s", (over, field, message) => {
    const result = ProposeAgreementSchema.safeParse({ ...checkIn, ...over });
    expect(result.success).toBe(false);
    expect(fieldErrors(result)[field]).toContain(message);
  });

  it.each([
    [{ minutes: "0" }, "minutes"],
    [{ minutes: "500" }, "minutes"],
    [{ minutes: "4" }, "minutes"],
    [{ minutes: "61" }, "minutes"],
    [{ minutes: "7.5" }, "minutes"],
    [{ minutes: "" }, "minutes"],
  ])("pause rule %j is refused with a clear message", (over, field) => {
    const result = ProposeAgreementSchema.safeParse({ kind: "PAUSE_RULE", reconvene: "TALK_NOW", ...over });
    expect(fieldErrors(result)[field]).toEqual(["Please choose between 5 and 60 minutes."]);
  });

  it("accepts the pause rule bounds", () => {
    for (const minutes of [5, 10, 60]) expect(ProposeAgreementSchema.safeParse({ kind: "PAUSE_RULE", minutes, reconvene: "SCHEDULE_WITHIN_24H" }).success).toBe(true);
  });

  it("needs a trigger and a response", () => {
    const result = ProposeAgreementSchema.safeParse({ kind: "TRIGGER_RESPONSE", trigger: "", whose: "both", response: "", giver: "both" });
    expect(fieldErrors(result)).toMatchObject({
      trigger: ["Please describe the trigger in a few words."],
      response: ["Please write the response we agree on."],
    });
  });

  it("needs own words for an 'other' need", () => {
    const result = ProposeAgreementSchema.safeParse({ kind: "NEED", need: "OTHER", why: "It matters" });
    expect(fieldErrors(result).ownWords).toEqual(["Please name the need in your own words."]);
  });

  it("refuses an unknown kind", () => {
    expect(ProposeAgreementSchema.safeParse({ kind: "CONTRACT" }).success).toBe(false);
  });

  it("keeps the cross-field rules when ids are added (change form)", () => {
    const result = ProposeChangeSchema.safeParse({ ...checkIn, days: [], agreementId: "x", basedOnVersionId: "y" });
    expect(fieldErrors(result).days).toEqual(["Please pick at least one day."]);
  });

  it("canonicalises content: week order, no duplicate days, no days for a daily rhythm", () => {
    const parsed = ProposeAgreementSchema.parse({ ...checkIn, days: ["FRI", "TUE", "FRI"], needs: ["RITUAL", "TRANSPARENCY"] });
    const content = toContent(parsed);
    expect(content).toMatchObject({ days: ["TUE", "FRI"], needs: ["TRANSPARENCY", "RITUAL"] });
    expect(content).not.toHaveProperty("note");
    const daily = toContent(ProposeAgreementSchema.parse({ ...checkIn, unit: "DAY", days: ["MON"] }));
    expect(daily).toMatchObject({ days: [] });
  });

  it("check-in schema exposes its shape for forms", () => {
    expect(Object.keys(CheckInContentSchema.shape)).toContain("timeZone");
  });
});

describe("a check-in's purpose", () => {
  it("is an ordinary check-in unless it says it schedules our weekly review", () => {
    expect(ProposeAgreementSchema.parse(checkIn)).toMatchObject({ purpose: "CHECK_IN" });
    expect(toContent(ProposeAgreementSchema.parse({ ...checkIn, purpose: "REVIEW" }) as never)).toMatchObject({ purpose: "REVIEW" });
  });

  it("reads versions stored before purposes existed as check-ins", () => {
    const { kind: _kind, ...stored } = checkIn;
    expect(parseContent("CHECK_IN", { ...stored, every: 1 })).toMatchObject({ purpose: "CHECK_IN" });
  });

  it("refuses a purpose that isn't one of ours, with words", () => {
    const result = CheckInContentSchema.safeParse({ ...checkIn, purpose: "PARTY" });
    expect(fieldErrors(result).purpose).toEqual(["Please choose a check-in or our weekly review."]);
  });

  it("the weekly review template is the one that schedules the review", () => {
    const purposes = Object.fromEntries(TEMPLATES.filter((t) => t.content.kind === "CHECK_IN").map((t) => [t.id, (t.content as { purpose: string }).purpose]));
    expect(purposes).toEqual({ "weekly-check-in": "CHECK_IN", "daily-check-in": "CHECK_IN", "weekly-review": "REVIEW" });
  });
});

describe("templates", () => {
  it("every template is valid content once people are filled in, in every language", () => {
    for (const locale of ["en", "es", "en-XA"] as const) {
      for (const t of TEMPLATES) {
        const content = resolveTemplate(t, { meId: "u1", partnerId: "u2", timeZone: "Europe/Berlin" }, wordsFor(locale, "agreements"));
        expect(AgreementContentSchema.safeParse(content).success, `${locale} ${t.id}`).toBe(true);
      }
    }
  });

  it("covers the starters the guidance suggests, in gentle words", () => {
    const ids = TEMPLATES.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(["daily-check-in", "weekly-review", "late-reply", "cancelled-plan", "tone-change", "pause-10"]));
    expect(TEMPLATES.filter((t) => t.kind === "NEED")).toHaveLength(5);
    const people = { meId: "u1", partnerId: "u2", timeZone: "UTC" };
    const say = (locale: "en" | "es") =>
      JSON.stringify(TEMPLATES.map((t) => [templateText(t, wordsFor(locale, "agreements")), resolveTemplate(t, people, wordsFor(locale, "agreements"))])).toLowerCase();
    expect(say("en")).not.toMatch(/must|always|never|should/);
    expect(say("es")).not.toMatch(/debes|tienes que|siempre|nunca/);
    // Every text field a template starts with has words (none left empty by a missing key).
    for (const t of TEMPLATES) for (const [k, v] of Object.entries(resolveTemplate(t, people))) if (typeof v === "string" && k !== "ownWords") expect(v, `${t.id}.${k}`).not.toBe("");
  });
});
