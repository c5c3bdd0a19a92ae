import type { Metadata } from "next";
import Link from "next/link";
import { QuickExitButton } from "@/components/help/quick-exit";
import { SteadiersEditor } from "@/components/journal/steadiers";
import { requireMember } from "@/lib/auth/guard";
import { readSteadiers } from "@/lib/journal/queries";

export const metadata: Metadata = { title: "Things that steady me" };

/** A short private list to open in a hard moment (also from the pause screen). Not a feed; nothing to count. */
export default async function SteadyPage() {
  const member = await requireMember("/journal/steady");
  const items = await readSteadiers(member.user.id);
  return (
    <div className="flex flex-col gap-5 pb-16">
      <Link href="/journal" className="inline-flex min-h-11 items-center self-start text-accent underline-offset-4 hover:underline">
        ← My journal
      </Link>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Things that steady me</h1>
        <p className="text-muted">Only for you. Open it when things feel too much, even in the middle of a pause.</p>
      </header>
      <SteadiersEditor initial={items} />
      <QuickExitButton floating />
    </div>
  );
}
