import { getT } from "@/lib/i18n/server";

/** Placeholder shaped like the agreements screens, so nothing jumps when they arrive. */
export default async function Loading() {
  const t = await getT("agreements");
  return (
    <div className="flex flex-col gap-6" aria-busy="true" aria-label={t("loading")}>
      <div className="flex flex-col gap-2">
        <div className="h-8 w-56 animate-pulse rounded-xl bg-sunken" />
        <div className="h-5 w-full max-w-xs animate-pulse rounded-lg bg-sunken" />
      </div>
      {[0, 1, 2].map((i) => (
        <div key={i} className="flex flex-col gap-3">
          <div className="h-6 w-40 animate-pulse rounded-lg bg-sunken" />
          <div className="h-28 animate-pulse rounded-3xl border border-line bg-surface" />
        </div>
      ))}
    </div>
  );
}
