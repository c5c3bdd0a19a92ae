import type { Metadata } from "next";
import Link from "next/link";
import { QuickExitButton } from "@/components/help/quick-exit";
import { SteadiersEditor } from "@/components/journal/steadiers";
import { requireMember } from "@/lib/auth/guard";
import { clientWords, getT } from "@/lib/i18n/server";
import { readSteadiers } from "@/lib/journal/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titleSteadiers") };
}

/** A short private list to open in a hard moment (also from the pause screen). Not a feed; nothing to count. */
export default async function SteadyPage() {
  const member = await requireMember("/journal/steady");
  const [items, t, words] = await Promise.all([readSteadiers(member.user.id), getT("journal"), clientWords("journal", ["steadiers"])]);
  return (
    <div className="flex flex-col gap-5 pb-16">
      <Link href="/journal" className="inline-flex min-h-11 items-center self-start text-accent underline-offset-4 hover:underline">
        {t("entry.back")}
      </Link>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">{t("steady.heading")}</h1>
        <p className="text-muted">{t("steady.lead")}</p>
      </header>
      <SteadiersEditor initial={items} words={words} />
      <QuickExitButton floating label={t("quickExit")} />
    </div>
  );
}
