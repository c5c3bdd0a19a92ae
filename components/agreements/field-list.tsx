import { displayFields, type Viewer } from "@/lib/agreements/describe";
import type { AgreementContent } from "@/lib/agreements/schemas";

/** An agreement's content as label/value pairs, skipping what's empty. */
export function FieldList({ content, viewer }: { content: AgreementContent; viewer: Viewer }) {
  return (
    <dl className="flex flex-col gap-3">
      {displayFields(content, viewer)
        .filter((f) => f.value)
        .map((f) => (
          <div key={f.key}>
            <dt className="text-sm text-muted">{f.label}</dt>
            <dd className="text-base break-words whitespace-pre-line" translate={f.asIs ? "no" : undefined}>{f.value}</dd>
          </div>
        ))}
    </dl>
  );
}
