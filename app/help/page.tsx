import type { Metadata } from "next";
import Link from "next/link";
import { LinesByCountry } from "@/components/help/lines-by-country";
import { QuickExitButton } from "@/components/help/quick-exit";
import { Card } from "@/components/ui/card";
import { getMember } from "@/lib/auth/guard";
import { countryForTimeZone } from "@/lib/help/zones";

export const metadata: Metadata = { title: "Help and support" };

// Every word on this page in one place, for the translation catalogue to come.
const COPY = {
  title: "Help and support",
  intro: "Steady is a tool for agreements, not a substitute for care. If things feel too much right now, these people can help.",
  control: {
    title: "If your partner uses Steady to control you",
    points: [
      "You can leave our shared space at any time, on your own: Me → Leave our shared space. No one has to agree, and no reason is asked for.",
      "You can delete your account: Me → Delete my account. Export your data first if you’d like a copy; it includes your private journal.",
      "Your partner then sees only that the shared space has ended — no reason, nothing you wrote privately, and not when you were last here.",
      "Your journal and the things that steady you are never shown to your partner, never part of their export, and never put in a notification. Steady’s notifications stay neutral and show nothing private on a lock screen.",
      "If they know your password, change it (Me → Password): every other phone is signed out at once. “Sign out everywhere” ends their session too, but only a new password keeps them out.",
      "Quick exit, on this page and in your journal, switches to a weather page at once and leaves this page out of the back button. Your browser may still remember other pages you visited; a private window leaves less behind.",
      "Nobody has to keep an agreement that frightens them. The domestic abuse lines above can help you plan how to stay safe.",
    ],
  },
  professional: {
    title: "Talking to a professional",
    body: "A couples therapist or counsellor can help you both feel heard. Your doctor or a local counselling service can suggest one near you, including lower-cost options.",
  },
  back: "Back to Steady",
};

/** Neutral and reachable in one tap from every signed-in screen and the pause. Nothing here is tracked. */
export default async function HelpPage() {
  const member = await getMember();
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col gap-5 px-5 pb-10">
      <div className="sticky top-0 z-30 -mx-5 flex items-center justify-between bg-canvas/95 px-5 pt-3 pb-2 backdrop-blur">
        <Link href="/" className="flex min-h-11 items-center text-sm font-semibold tracking-wide text-accent uppercase">
          Steady
        </Link>
        <QuickExitButton />
      </div>
      <h1 className="text-2xl font-semibold">{COPY.title}</h1>
      <p className="text-muted">{COPY.intro}</p>
      <LinesByCountry initialCountry={member ? countryForTimeZone(member.user.timeZone) : null} />
      <Card aria-labelledby="help-control">
        <h2 id="help-control" className="text-xl font-semibold">
          {COPY.control.title}
        </h2>
        <ul className="mt-3 flex list-disc flex-col gap-3 pl-5">
          {COPY.control.points.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </Card>
      <Card aria-labelledby="help-professional">
        <h2 id="help-professional" className="text-xl font-semibold">
          {COPY.professional.title}
        </h2>
        <p className="mt-2">{COPY.professional.body}</p>
      </Card>
      <Link href="/today" className="mt-2 flex min-h-12 items-center justify-center rounded-2xl border border-line bg-surface font-semibold">
        {COPY.back}
      </Link>
    </main>
  );
}
