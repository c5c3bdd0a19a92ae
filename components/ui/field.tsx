import { useId, type ComponentProps } from "react";

interface FieldProps extends ComponentProps<"input"> {
  label: string;
  name: string;
  hint?: string;
  errors?: string[];
}

/**
 * A labelled input whose errors sit right under it and are tied to it for screen readers. The id is
 * unique per page (useId), so two forms asking for the same field (e.g. a password) never share one.
 */
export function Field({ label, name, hint, errors, className = "", ...props }: FieldProps) {
  const generated = useId();
  const id = props.id ?? `field-${name}${generated}`;
  const described = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={described || undefined}
        className={`min-h-12 rounded-xl border border-line bg-surface px-4 text-base text-ink placeholder:text-muted aria-invalid:border-danger ${className}`}
        {...props}
      />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-danger">
      {errors.join(" ")}
    </p>
  );
}
