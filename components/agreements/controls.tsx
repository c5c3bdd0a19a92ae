import { useId, type ComponentProps, type CSSProperties, type ReactNode } from "react";
import { FieldErrors } from "@/components/ui/field";

/**
 * Form controls for agreement forms, styled like components/ui/field: label on top, hint, and the
 * error right under the control, tied to it for screen readers. Choices are big tappable chips.
 */
const describedBy = (id: string, hint?: string, errors?: string[]) =>
  [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <p id={`${id}-hint`} className="text-sm text-muted">
      {children}
    </p>
  ) : null;
}

interface TextAreaProps extends ComponentProps<"textarea"> {
  label: string;
  name: string;
  hint?: string;
  errors?: string[];
}

export function TextArea({ label, name, hint, errors, ...props }: TextAreaProps) {
  const id = `field-${name}${useId()}`;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <Hint id={id}>{hint}</Hint>
      <textarea
        id={id}
        name={name}
        rows={3}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
        className="min-h-24 rounded-xl border border-line bg-surface px-4 py-3 text-base text-ink placeholder:text-muted aria-invalid:border-danger"
        {...props}
      />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface ChoiceProps {
  legend: string;
  name: string;
  options: readonly Option[];
  hint?: string;
  errors?: string[];
  /** Radio: one value; checkbox: several. */
  multiple?: boolean;
  defaultValue?: string | readonly string[];
  onChange?: (value: string, checked: boolean) => void;
  /** Chips per row on a phone. */
  columns?: 1 | 2 | 3 | 4;
  /** Short labels (weekdays): the box is hidden and the whole chip shows the state. */
  compact?: boolean;
}

const grid = { 1: "chips-1", 2: "chips-2", 3: "chips-3", 4: "chips-4" } as const;

/**
 * The narrowest column that holds the group's longest word beside its box (0.6em a letter is a
 * wide font's; the box, gap, padding and border are 3.7rem): "Transparency" on a 360 px phone
 * takes a row of its own instead of breaking into "Transparenc-y".
 */
function columnFloor(options: readonly Option[]): CSSProperties | undefined {
  const longest = Math.max(0, ...options.flatMap((o) => o.label.split(/\s+/).map((w) => w.length)));
  return longest ? ({ "--chip-min": `calc(${longest * 0.6}em + 3.7rem)` } as CSSProperties) : undefined;
}

/** A group of radio buttons or checkboxes shown as chips; a <fieldset> so the legend is read out. */
export function Choices({ legend, name, options, hint, errors, multiple, defaultValue, onChange, columns = 1, compact }: ChoiceProps) {
  const id = `field-${name}${useId()}`;
  const chosen = new Set(Array.isArray(defaultValue) ? defaultValue : defaultValue ? [defaultValue] : []);
  return (
    <fieldset className="flex flex-col gap-1.5" aria-describedby={describedBy(id, hint, errors)} aria-invalid={errors?.length ? true : undefined}>
      <legend className="mb-1.5 text-sm font-semibold">{legend}</legend>
      <Hint id={id}>{hint}</Hint>
      <div className={`chip-grid ${grid[columns]}`} style={compact ? undefined : columnFloor(options)}>
        {options.map((o) => (
          <label
            key={o.value}
            className="flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border border-line bg-surface px-3 text-base has-checked:border-accent has-checked:bg-accent-soft has-focus-visible:outline-3 has-focus-visible:outline-focus"
          >
            <input
              type={multiple ? "checkbox" : "radio"}
              name={name}
              value={o.value}
              defaultChecked={chosen.has(o.value)}
              onChange={(e) => onChange?.(o.value, e.currentTarget.checked)}
              className={compact ? "sr-only" : "size-5 shrink-0 accent-(--color-accent)"}
            />
            <span className={compact ? "w-full min-w-0 text-center font-medium" : "min-w-0"}>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}
