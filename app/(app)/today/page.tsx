import type { Metadata } from "next";
import { EndedNotice } from "@/components/couples/ended-notice";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireMember } from "@/lib/auth/guard";
import { todaySections } from "@/lib/today";

export const metadata: Metadata = { title: "Today" };

function greeting(timeZone: string) {
  const hour = Number(new Intl.DateTimeFormat("en-GB", { hour: "numeric", hourCycle: "h23", timeZone }).format(new Date()));
  return hour < 12 ? "Good morning" : hour < 18 ? "Good afternoon" : "Good evening";
}

export default async function TodayPage() {
  const member = await requireMember("/today");
  const couple = member.couple;
  const sections = couple && !couple.endedAt ? await todaySections(member) : [];
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-semibold" data-testid="greeting">
        {greeting(member.user.timeZone)}, {member.user.name}
      </h1>
      {couple?.endedAt ? <EndedNotice /> : null}
      {!couple || (!couple.partner && !couple.endedAt) ? (
        <Card>
          <h2 className="text-lg font-semibold">Bring your partner in</h2>
          <p className="mt-2 text-muted">Agreements need both of you. Send an invite to get started.</p>
          <LinkButton href="/together" className="mt-4 w-full">
            Invite my partner
          </LinkButton>
        </Card>
      ) : null}
      {couple?.partner && !couple.endedAt ? (
        <Card>
          <p className="text-muted">You and</p>
          <p className="text-xl font-semibold" data-testid="partner-name">
            {couple.partner.name}
          </p>
          <p className="mt-2 text-sm text-muted">If things get heated, the Pause button below starts a breather on both your phones.</p>
        </Card>
      ) : null}
      {sections.map((Section, i) => (
        <Section key={i} />
      ))}
    </div>
  );
}
