"use client";

import { useState } from "react";
import { TimeZoneSelect } from "@/components/accounts/time-zone-select";
import { Field } from "@/components/ui/field";
import { CHANNELS, LONG_TEXT, NEED_KEYS, PAUSE_MINUTES, RECONVENE, SHORT_TEXT, WEEKDAYS } from "@/lib/agreements/constants";
import type { AgreementContent } from "@/lib/agreements/schemas";
import type { KeyIn } from "@/lib/i18n/keys";
import type { WordsT } from "@/lib/i18n/words";
import { Choices, TextArea, type Option } from "./controls";

export interface People {
  meId: string;
  partnerId: string;
  partnerName: string;
}

type Errors = Record<string, string[] | undefined>;
type T = WordsT<KeyIn<"agreements">>;
type Of<K extends AgreementContent["kind"]> = Partial<Extract<AgreementContent, { kind: K }>>;

const needOptions = (t: T) => NEED_KEYS.map((k) => ({ value: k, label: t(`needs.${k}.label`) }));

export function NeedsServed({ value, errors, t }: { value?: readonly string[]; errors: Errors; t: T }) {
  return (
    <Choices
      legend={t("form.needsLegend")}
      hint={t("form.needsHint")}
      name="needs"
      multiple
      columns={2}
      options={needOptions(t)}
      defaultValue={value ?? []}
      errors={errors.needs}
    />
  );
}

export function CheckInFields({ value, people, errors, t }: { value: Of<"CHECK_IN">; people: People; errors: Errors; t: T }) {
  const [unit, setUnit] = useState(value.unit ?? "WEEK");
  const dayLabels = WEEKDAYS.map((d) => ({ value: d, label: t(`daysShort.${d}`) }));
  return (
    <>
      {/* What the rhythm is for travels with it: the weekly review's rhythm stays the review's through changes. */}
      <input type="hidden" name="purpose" value={value.purpose ?? "CHECK_IN"} />
      {value.purpose === "REVIEW" ? (
        <p className="rounded-2xl bg-sunken px-4 py-3 text-base" data-testid="review-rhythm-note">
          {t("form.reviewNote")}
        </p>
      ) : null}
      <Field label={t("form.about")} name="about" defaultValue={value.about} maxLength={SHORT_TEXT} placeholder={t("form.aboutPlaceholder")} errors={errors.about} />
      <Choices
        legend={t("form.rhythm")}
        name="unit"
        columns={2}
        options={[
          { value: "DAY", label: t("form.everyFewDays") },
          { value: "WEEK", label: t("form.onWeekdays") },
        ]}
        defaultValue={unit}
        onChange={(v, checked) => checked && setUnit(v as "DAY" | "WEEK")}
        errors={errors.unit}
      />
      <Field
        label={unit === "DAY" ? t("form.everyDays") : t("form.everyWeeks")}
        hint={unit === "DAY" ? t("form.everyDaysHint") : t("form.everyWeeksHint")}
        name="every"
        type="number"
        inputMode="numeric"
        min={1}
        max={unit === "DAY" ? 30 : 8}
        defaultValue={value.every ?? 1}
        errors={errors.every}
      />
      {unit === "WEEK" ? <Choices legend={t("form.whichDays")} name="days" multiple compact columns={4} options={dayLabels} defaultValue={value.days ?? []} errors={errors.days} /> : null}
      <Field label={t("form.atTime")} name="time" type="time" defaultValue={value.time ?? "20:00"} errors={errors.time} />
      <TimeZoneSelect defaultValue={value.timeZone} errors={errors.timeZone} label={t("form.timeZone")} />
      <Choices
        legend={t("form.how")}
        name="channel"
        columns={2}
        options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
        defaultValue={value.channel ?? "IN_PERSON"}
        errors={errors.channel}
      />
      <Choices
        legend={t("form.whoStarts")}
        name="starter"
        // One a row: a partner's name and "Cualquiera" (es) do not fit a third of a phone's row beside a radio.
        columns={1}
        options={[
          { value: people.meId, label: t("form.me") },
          { value: people.partnerId, label: people.partnerName },
          { value: "either", label: t("form.either") },
        ]}
        defaultValue={value.starter ?? "either"}
        errors={errors.starter}
      />
      <TextArea label={t("form.script")} hint={t("form.scriptHint")} name="script" defaultValue={value.script} maxLength={LONG_TEXT} errors={errors.script} />
      <NeedsServed value={value.needs} errors={errors} t={t} />
    </>
  );
}

export function TriggerFields({ value, people, errors, t }: { value: Of<"TRIGGER_RESPONSE">; people: People; errors: Errors; t: T }) {
  const whom = (both: string): Option[] => [
    { value: people.meId, label: t("form.me") },
    { value: people.partnerId, label: people.partnerName },
    { value: "both", label: both },
  ];
  return (
    <>
      <Field label={t("form.trigger")} name="trigger" defaultValue={value.trigger} maxLength={SHORT_TEXT} placeholder={t("form.triggerPlaceholder")} errors={errors.trigger} />
      <Choices
        legend={t("form.whose")}
        name="whose"
        columns={3}
        options={[
          { value: people.meId, label: t("form.mine") },
          { value: people.partnerId, label: t("form.partners", { partner: people.partnerName }) },
          { value: "both", label: t("form.both") },
        ]}
        defaultValue={value.whose}
        errors={errors.whose}
      />
      <TextArea label={t("form.response")} name="response" defaultValue={value.response} maxLength={LONG_TEXT} errors={errors.response} />
      <Choices legend={t("form.giver")} name="giver" columns={3} options={whom(t("form.both"))} defaultValue={value.giver} errors={errors.giver} />
      <TextArea
        label={t("form.triggeredWillDo")}
        hint={t("form.optional")}
        name="triggeredWillDo"
        defaultValue={value.triggeredWillDo}
        maxLength={LONG_TEXT}
        errors={errors.triggeredWillDo}
      />
      <NeedsServed value={value.needs} errors={errors} t={t} />
    </>
  );
}

export function PauseFields({ value, errors, t }: { value: Of<"PAUSE_RULE">; errors: Errors; t: T }) {
  return (
    <>
      <Field
        label={t("form.minutes")}
        hint={t("form.minutesHint", { min: PAUSE_MINUTES.min, max: PAUSE_MINUTES.max })}
        name="minutes"
        type="number"
        inputMode="numeric"
        min={PAUSE_MINUTES.min}
        max={PAUSE_MINUTES.max}
        defaultValue={value.minutes ?? 10}
        errors={errors.minutes}
      />
      <Choices
        legend={t("form.reconvene")}
        name="reconvene"
        options={RECONVENE.map((r) => ({ value: r, label: t(`reconvene.${r}`) }))}
        defaultValue={value.reconvene ?? "TALK_NOW"}
        errors={errors.reconvene}
      />
      <TextArea label={t("form.during")} hint={t("form.optional")} name="during" defaultValue={value.during} maxLength={LONG_TEXT} errors={errors.during} />
      <NeedsServed value={value.needs} errors={errors} t={t} />
    </>
  );
}

export function NeedFields({ value, errors, t }: { value: Of<"NEED">; errors: Errors; t: T }) {
  const [need, setNeed] = useState(value.need ?? "");
  return (
    <>
      <Choices
        legend={t("form.need")}
        name="need"
        columns={2}
        options={[...needOptions(t), { value: "OTHER", label: t("form.ownWordsOption") }]}
        defaultValue={need}
        onChange={(v, checked) => checked && setNeed(v as typeof need)}
        errors={errors.need}
      />
      {need === "OTHER" ? <Field label={t("form.ownWords")} name="ownWords" defaultValue={value.ownWords} maxLength={SHORT_TEXT} errors={errors.ownWords} /> : null}
      <TextArea label={t("form.why")} name="why" defaultValue={value.why} maxLength={LONG_TEXT} errors={errors.why} />
    </>
  );
}
