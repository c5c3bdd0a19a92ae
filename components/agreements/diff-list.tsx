import type { DiffLine } from "@/lib/agreements/diff";
import { getT } from "@/lib/i18n/server";

/** "Length: 10 minutes → 15 minutes", with the old value struck through for sighted readers. */
export async function DiffList({ lines }: { lines: DiffLine[] }) {
  if (lines.length === 0) return null;
  const t = await getT("agreements");
  return (
    <ul className="flex flex-col gap-2" data-testid="diff">
      {lines.map((line) => (
        <li key={line.key} className="rounded-2xl bg-sunken px-3 py-2">
          <span className="block text-sm text-muted">{line.label}</span>
          <span className="break-words">
            <span className="text-muted line-through decoration-1" translate={line.asIs && line.from ? "no" : undefined}>
              {line.from || t("history.nothing")}
            </span>
            <span aria-label={t("history.changesTo")}> → </span>
            <span className="font-semibold" translate={line.asIs && line.to ? "no" : undefined}>
              {line.to || t("history.nothing")}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
