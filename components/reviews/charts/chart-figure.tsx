import type { ReactNode } from "react";

/**
 * A chart with its words: the title, a one-sentence summary everyone reads, and the picture
 * itself, whose role="img" label gives screen readers the detail the picture shows.
 */
export function ChartFigure({ title, summary, testId, children }: { title: string; summary: string; testId: string; children: ReactNode }) {
  return (
    <figure className="flex flex-col gap-2" data-testid={testId}>
      <h3 className="text-base font-semibold">{title}</h3>
      {children}
      <figcaption className="text-base text-muted">{summary}</figcaption>
    </figure>
  );
}

export function Legend({ items }: { items: { mark: ReactNode; label: string }[] }) {
  return (
    <ul aria-hidden className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <svg viewBox="0 0 16 16" className="size-4">
            {item.mark}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
