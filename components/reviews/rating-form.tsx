"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field";
import { NOTE_MAX, RATINGS } from "@/lib/reviews/constants";
import type { RatingView } from "@/lib/reviews/view";
import { ratingWords, type ReviewT } from "./words";

export interface RatingFormResult {
  ok: boolean;
  fieldErrors?: Record<string, string[] | undefined>;
}

/** Five large choices with words, an optional line, and one button: "How did this go for me this week?" */
export function RatingForm({ initial, onSubmit, t }: { initial: RatingView | null; onSubmit: (rating: number, note: string) => Promise<RatingFormResult>; t: ReviewT }) {
  const id = useId();
  const [rating, setRating] = useState<number | null>(initial?.rating ?? null);
  const [note, setNote] = useState(initial?.note ?? "");
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (rating === null) return setErrors({ rating: [t("rating.choose")] });
    setPending(true);
    const result = await onSubmit(rating, note);
    setPending(false);
    setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" data-testid="rating-form" noValidate>
      <fieldset className="flex flex-col gap-2" aria-describedby={errors.rating ? `${id}-rating-error` : undefined}>
        <legend className="mb-2 text-lg font-semibold">{t("rating.question")}</legend>
        {/* Five across on a phone; with larger text (em-sized columns grow with it) they wrap to fewer. */}
        <div className="grid grid-cols-[repeat(auto-fit,minmax(3.6em,1fr))] gap-1.5">
          {RATINGS.map((n) => (
            <label
              key={n}
              data-testid={`rate-${n}`}
              className="flex min-h-20 cursor-pointer flex-col items-center justify-start gap-1 rounded-2xl pt-3 border border-line bg-surface px-1 text-center has-checked:border-accent has-checked:bg-accent-soft has-focus-visible:outline-3 has-focus-visible:outline-focus"
            >
              <input
                type="radio"
                name="rating"
                value={n}
                checked={rating === n}
                onChange={() => setRating(n)}
                aria-label={t("rating.choice", { rating: n, words: ratingWords(t, n) })}
                className="sr-only"
              />
              <span className="text-2xl font-semibold">{n}</span>
              <span className="text-xs leading-tight font-medium break-words">{ratingWords(t, n)}</span>
            </label>
          ))}
        </div>
        <FieldErrors id={`${id}-rating-error`} errors={errors.rating} />
      </fieldset>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-note`} className="text-sm font-semibold">
          {t("rating.lineLabel")}
        </label>
        <p id={`${id}-note-hint`} className="text-sm text-muted">
          {t("rating.lineHint")}
        </p>
        <input
          id={`${id}-note`}
          name="note"
          value={note}
          maxLength={NOTE_MAX}
          onChange={(e) => setNote(e.currentTarget.value)}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={`${id}-note-hint${errors.note ? ` ${id}-note-error` : ""}`}
          className="min-h-12 rounded-xl border border-line bg-surface px-4 text-base text-ink aria-invalid:border-danger"
        />
        <FieldErrors id={`${id}-note-error`} errors={errors.note} />
      </div>
      <Button type="submit" disabled={pending}>
        {initial ? t("rating.change") : t("rating.share")}
      </Button>
    </form>
  );
}
