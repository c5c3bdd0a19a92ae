"use client";

import type { ReactNode } from "react";
import { FieldErrors } from "@/components/ui/field";

/**
 * Controlled chip groups for the journal's write screen: big targets (48 px), the state shown by
 * the whole chip, and a fieldset + legend so screen readers hear the question.
 */
const chip =
  "flex min-h-12 cursor-pointer items-center justify-center rounded-xl border border-line bg-surface px-1.5 text-center text-[15px] leading-tight hyphens-auto break-words has-checked:border-accent has-checked:bg-accent-soft has-checked:font-semibold has-focus-visible:outline-3 has-focus-visible:outline-focus";

interface GroupProps<T extends string | number> {
  id: string;
  legend: string;
  hint?: ReactNode;
  name: string;
  options: readonly { value: T; label: ReactNode; text?: string }[];
  errors?: string[];
  /** Chips a row at normal text size (fewer when the words grow): a chips-N class. */
  columns: "chips-2" | "chips-3" | "chips-5";
}

function Group<T extends string | number>({ id, legend, hint, errors, columns, children }: GroupProps<T> & { children: ReactNode }) {
  const described = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="flex flex-col gap-1.5" aria-describedby={described} aria-invalid={errors?.length ? true : undefined}>
      <legend className="mb-1.5 text-base font-semibold">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <div className={`chip-grid ${columns}`}>{children}</div>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}

export function ManyChips<T extends string>(props: GroupProps<T> & { value: readonly T[]; onChange: (next: T[]) => void }) {
  const { name, options, value, onChange } = props;
  return (
    <Group {...props}>
      {options.map((o) => (
        <label key={o.value} className={chip}>
          <input
            type="checkbox"
            name={name}
            value={o.value}
            checked={value.includes(o.value)}
            onChange={(e) => onChange(e.currentTarget.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
            className="sr-only"
          />
          {o.label}
        </label>
      ))}
    </Group>
  );
}

export function OneChip<T extends string | number>(props: GroupProps<T> & { value: T | null; onChange: (next: T) => void }) {
  const { name, options, value, onChange } = props;
  return (
    <Group {...props}>
      {options.map((o) => (
        <label key={o.value} className={`${chip} flex-col px-1`}>
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} className="sr-only" />
          {o.label}
        </label>
      ))}
    </Group>
  );
}
