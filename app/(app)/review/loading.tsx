import { getT } from "@/lib/i18n/server";

/** Placeholder shaped like the review screens, so nothing jumps when they arrive. */
export default async function Loading() {
  const t = await getT("review");
  return (
    <div className="flex flex-col gap-5" aria-busy="true" aria-label={t("page.loading")}>
      <div className="h-8 w-56 animate-pulse rounded-xl bg-sunken" />
      <div className="h-5 w-full max-w-xs animate-pulse rounded-lg bg-sunken" />
      <div className="h-96 animate-pulse rounded-3xl border border-line bg-surface" />
      <div className="h-12 animate-pulse rounded-2xl bg-sunken" />
      <div className="h-12 animate-pulse rounded-2xl bg-sunken" />
    </div>
  );
}
