import type { Metadata } from "next";
import Link from "next/link";
import { LinesByCountry } from "@/components/help/lines-by-country";
import { QuickExitButton } from "@/components/help/quick-exit";
import { Card } from "@/components/ui/card";
import { getMember } from "@/lib/auth/guard";
import { countryForTimeZone } from "@/lib/help/zones";
import { clientWords, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titleHelp") };
}

const CONTROL = ["leave", "delete", "partnerSees", "private", "password", "quickExit", "frightens"] as const;

/** Neutral and reachable in one tap from every signed-in screen and the pause. Nothing here is tracked. */
export default async function HelpPage() {
  const [member, t, words] = await Promise.all([getMember(), getT("help"), clientWords("help", ["lines", "about"])]);
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col gap-5 px-5 pb-10">
      <div className="sticky top-0 z-30 -mx-5 flex items-center justify-between bg-canvas/95 px-5 pt-3 pb-2 backdrop-blur">
        <Link href="/" className="flex min-h-11 items-center text-sm font-semibold tracking-wide text-accent uppercase">
          Steady
        </Link>
        <QuickExitButton label={t("quickExit")} />
      </div>
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <p className="text-muted">{t("intro")}</p>
      <LinesByCountry initialCountry={member ? countryForTimeZone(member.user.timeZone) : null} words={words} />
      <Card aria-labelledby="help-control">
        <h2 id="help-control" className="text-xl font-semibold">
          {t("control.heading")}
        </h2>
        <ul className="mt-3 flex list-disc flex-col gap-3 pl-5">
          {CONTROL.map((p) => (
            <li key={p}>{t(`control.${p}`)}</li>
          ))}
        </ul>
      </Card>
      <Card aria-labelledby="help-professional">
        <h2 id="help-professional" className="text-xl font-semibold">
          {t("professional.heading")}
        </h2>
        <p className="mt-2">{t("professional.body")}</p>
      </Card>
      <Link href="/today" className="mt-2 flex min-h-12 items-center justify-center rounded-2xl border border-line bg-surface font-semibold">
        {t("back")}
      </Link>
    </main>
  );
}
