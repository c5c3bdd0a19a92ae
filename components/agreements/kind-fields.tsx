"use client";

import { useState } from "react";
import { TimeZoneSelect } from "@/components/accounts/time-zone-select";
import { Field } from "@/components/ui/field";
import { CHANNEL_LABELS, NEED_LABELS, RECONVENE_LABELS } from "@/lib/agreements/describe";
import { CHANNELS, LONG_TEXT, NEED_KEYS, PAUSE_MINUTES, RECONVENE, SHORT_TEXT, WEEKDAYS } from "@/lib/agreements/constants";
import type { AgreementContent } from "@/lib/agreements/schemas";
import { Choices, TextArea, type Option } from "./controls";

export interface People {
  meId: string;
  partnerId: string;
  partnerName: string;
}

type Errors = Record<string, string[] | undefined>;
type Of<K extends AgreementContent["kind"]> = Partial<Extract<AgreementContent, { kind: K }>>;

const needOptions = NEED_KEYS.map((k) => ({ value: k, label: NEED_LABELS[k].label }));

export function NeedsServed({ value, errors }: { value?: readonly string[]; errors: Errors }) {
  return (
    <Choices
      legend="Which needs does this look after?"
      hint="Optional. It links this agreement on our needs map."
      name="needs"
      multiple
      columns={2}
      options={needOptions}
      defaultValue={value ?? []}
      errors={errors.needs}
    />
  );
}

export function CheckInFields({ value, people, errors }: { value: Of<"CHECK_IN">; people: People; errors: Errors }) {
  const [unit, setUnit] = useState(value.unit ?? "WEEK");
  const dayLabels = WEEKDAYS.map((d) => ({ value: d, label: d[0] + d.slice(1).toLowerCase() }));
  return (
    <>
      {/* What the rhythm is for travels with it: the weekly review's rhythm stays the review's through changes. */}
      <input type="hidden" name="purpose" value={value.purpose ?? "CHECK_IN"} />
      {value.purpose === "REVIEW" ? (
        <p className="rounded-2xl bg-sunken px-4 py-3 text-base" data-testid="review-rhythm-note">
          This rhythm schedules our weekly review: Steady reminds us both when it’s time.
        </p>
      ) : null}
      <Field label="What we check in about" name="about" defaultValue={value.about} maxLength={SHORT_TEXT} placeholder="How today felt" errors={errors.about} />
      <Choices
        legend="Our rhythm"
        name="unit"
        columns={2}
        options={[
          { value: "DAY", label: "Every few days" },
          { value: "WEEK", label: "On certain weekdays" },
        ]}
        defaultValue={unit}
        onChange={(v, checked) => checked && setUnit(v as "DAY" | "WEEK")}
        errors={errors.unit}
      />
      <Field
        label={unit === "DAY" ? "Every how many days?" : "Every how many weeks?"}
        hint={unit === "DAY" ? "1 means every day." : "1 means every week."}
        name="every"
        type="number"
        inputMode="numeric"
        min={1}
        max={unit === "DAY" ? 30 : 8}
        defaultValue={value.every ?? 1}
        errors={errors.every}
      />
      {unit === "WEEK" ? <Choices legend="On which days?" name="days" multiple compact columns={4} options={dayLabels} defaultValue={value.days ?? []} errors={errors.days} /> : null}
      <Field label="At what time?" name="time" type="time" defaultValue={value.time ?? "20:00"} errors={errors.time} />
      <TimeZoneSelect defaultValue={value.timeZone} errors={errors.timeZone} />
      <Choices
        legend="How we check in"
        name="channel"
        columns={2}
        options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c]! }))}
        defaultValue={value.channel ?? "IN_PERSON"}
        errors={errors.channel}
      />
      <Choices
        legend="Who starts it?"
        name="starter"
        columns={3}
        options={[
          { value: people.meId, label: "Me" },
          { value: people.partnerId, label: people.partnerName },
          { value: "either", label: "Either" },
        ]}
        defaultValue={value.starter ?? "either"}
        errors={errors.starter}
      />
      <TextArea label="What we say" hint="Optional: a few words to open with." name="script" defaultValue={value.script} maxLength={LONG_TEXT} errors={errors.script} />
      <NeedsServed value={value.needs} errors={errors} />
    </>
  );
}

export function TriggerFields({ value, people, errors }: { value: Of<"TRIGGER_RESPONSE">; people: People; errors: Errors }) {
  const whom = (both: string): Option[] => [
    { value: people.meId, label: "Me" },
    { value: people.partnerId, label: people.partnerName },
    { value: "both", label: both },
  ];
  return (
    <>
      <Field label="The trigger, in plain words" name="trigger" defaultValue={value.trigger} maxLength={SHORT_TEXT} placeholder="A late reply" errors={errors.trigger} />
      <Choices
        legend="Whose trigger is it?"
        name="whose"
        columns={3}
        options={[
          { value: people.meId, label: "Mine" },
          { value: people.partnerId, label: `${people.partnerName}’s` },
          { value: "both", label: "Both" },
        ]}
        defaultValue={value.whose}
        errors={errors.whose}
      />
      <TextArea label="What helps — the words we agree on" name="response" defaultValue={value.response} maxLength={LONG_TEXT} errors={errors.response} />
      <Choices legend="Who says it?" name="giver" columns={3} options={whom("Both")} defaultValue={value.giver} errors={errors.giver} />
      <TextArea
        label="What the one who’s triggered will do"
        hint="Optional."
        name="triggeredWillDo"
        defaultValue={value.triggeredWillDo}
        maxLength={LONG_TEXT}
        errors={errors.triggeredWillDo}
      />
      <NeedsServed value={value.needs} errors={errors} />
    </>
  );
}

export function PauseFields({ value, errors }: { value: Of<"PAUSE_RULE">; errors: Errors }) {
  return (
    <>
      <Field
        label="How many minutes?"
        hint={`Between ${PAUSE_MINUTES.min} and ${PAUSE_MINUTES.max}. Ten is a good start.`}
        name="minutes"
        type="number"
        inputMode="numeric"
        min={PAUSE_MINUTES.min}
        max={PAUSE_MINUTES.max}
        defaultValue={value.minutes ?? 10}
        errors={errors.minutes}
      />
      <Choices
        legend="How we come back together"
        name="reconvene"
        options={RECONVENE.map((r) => ({ value: r, label: RECONVENE_LABELS[r] }))}
        defaultValue={value.reconvene ?? "TALK_NOW"}
        errors={errors.reconvene}
      />
      <TextArea label="What we each do meanwhile" hint="Optional." name="during" defaultValue={value.during} maxLength={LONG_TEXT} errors={errors.during} />
      <NeedsServed value={value.needs} errors={errors} />
    </>
  );
}

export function NeedFields({ value, errors }: { value: Of<"NEED">; errors: Errors }) {
  const [need, setNeed] = useState(value.need ?? "");
  return (
    <>
      <Choices
        legend="The need"
        name="need"
        columns={2}
        options={[...needOptions, { value: "OTHER", label: "In my own words" }]}
        defaultValue={need}
        onChange={(v, checked) => checked && setNeed(v as typeof need)}
        errors={errors.need}
      />
      {need === "OTHER" ? <Field label="The need, in my own words" name="ownWords" defaultValue={value.ownWords} maxLength={SHORT_TEXT} errors={errors.ownWords} /> : null}
      <TextArea label="Why it matters to me" name="why" defaultValue={value.why} maxLength={LONG_TEXT} errors={errors.why} />
    </>
  );
}
