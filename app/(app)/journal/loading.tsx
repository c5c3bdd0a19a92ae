import { getT } from "@/lib/i18n/server";

/** Shaped like the journal screens, so nothing jumps when they arrive. */
export default async function Loading() {
  const t = await getT("journal");
  return (
    <div className="flex flex-col gap-5" aria-busy="true" aria-label={t("loading.label")}>
      <div className="flex flex-col gap-2">
        <div className="h-8 w-48 animate-pulse rounded-xl bg-sunken" />
        <div className="h-5 w-full max-w-xs animate-pulse rounded-lg bg-sunken" />
      </div>
      <div className="h-12 animate-pulse rounded-2xl bg-sunken" />
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-24 animate-pulse rounded-3xl border border-line bg-surface" />
      ))}
    </div>
  );
}
