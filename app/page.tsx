import { redirect } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { getMember } from "@/lib/auth/guard";
import { getT } from "@/lib/i18n/server";

export default async function Landing() {
  if (await getMember()) redirect("/today");
  const t = await getT("landing");
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col px-6 pt-16 pb-10">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Steady</p>
      <h1 className="mt-3 text-3xl leading-tight font-semibold">{t("heading")}</h1>
      <p className="mt-4 text-lg text-muted">{t("lead")}</p>
      <ul className="mt-8 space-y-3 text-base">
        <li>{t("pointConsent")}</li>
        <li>{t("pointPause")}</li>
        <li>{t("pointPrivate")}</li>
      </ul>
      <div className="mt-auto flex flex-col gap-3 pt-10">
        <LinkButton href="/signup">{t("getStarted")}</LinkButton>
        <LinkButton href="/signin" variant="secondary">
          {t("signIn")}
        </LinkButton>
        <LinkButton href="/join" variant="quiet">
          {t("haveInvite")}
        </LinkButton>
      </div>
    </main>
  );
}
