import { getT } from "@/lib/i18n/server";

/** The one page for every link that cannot be shown: the same words whatever the reason, no names. */
export default async function SharedLinkUnavailable() {
  const t = await getT("shared");
  return (
    <div className="flex min-h-[60dvh] flex-col justify-center gap-3" data-testid="shared-unavailable">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Steady</p>
      <h1 className="text-2xl font-semibold">{t("unavailable.title")}</h1>
      <p className="text-muted">{t("unavailable.body")}</p>
    </div>
  );
}
