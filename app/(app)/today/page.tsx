import type { Metadata } from "next";
import { EndedNotice } from "@/components/couples/ended-notice";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireMember } from "@/lib/auth/guard";
import Link from "next/link";
import { isCoupleMember } from "@/lib/auth/member";
import { todaySummary } from "@/lib/today";

export const metadata: Metadata = { title: "Today" };

function greeting(timeZone: string) {
  const hour = Number(new Intl.DateTimeFormat("en-GB", { hour: "numeric", hourCycle: "h23", timeZone }).format(new Date()));
  return hour < 12 ? "Good morning" : hour < 18 ? "Good afternoon" : "Good evening";
}

export default async function TodayPage() {
  const member = await requireMember("/today");
  const couple = member.couple;
  const summary = isCoupleMember(member) && member.couple.partner ? await todaySummary(member) : null;
  const when = new Intl.DateTimeFormat("en-GB", { weekday: "long", hour: "2-digit", minute: "2-digit", timeZone: member.user.timeZone });
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
      {summary && summary.waitingForMe > 0 ? (
        <Link href="/agreements" data-testid="today-waiting" className="block rounded-3xl border border-line bg-accent-soft p-5">
          <p className="text-lg font-semibold">
            {summary.waitingForMe === 1 ? "A proposal is waiting for your answer" : `${summary.waitingForMe} proposals are waiting for your answer`}
          </p>
          <p className="mt-1 text-muted">Take your time. Nothing becomes ours until you say yes.</p>
        </Link>
      ) : null}
      {summary?.nextCheckIn ? (
        <Link href={`/agreements/${summary.nextCheckIn.agreementId}`} data-testid="today-check-in" className="block rounded-3xl border border-line bg-surface p-5">
          <p className="text-sm text-muted">Our next check-in</p>
          <p className="text-lg font-semibold">{summary.nextCheckIn.about}</p>
          <p className="mt-1">{when.format(summary.nextCheckIn.at)}</p>
        </Link>
      ) : null}
      {summary && !summary.nextCheckIn && summary.waitingForMe === 0 ? (
        <Card>
          <p className="text-muted">No check-in agreed yet. A short, regular one is a good first agreement.</p>
          <LinkButton href="/agreements/new" variant="secondary" className="mt-3 w-full">
            Suggest one
          </LinkButton>
        </Card>
      ) : null}
    </div>
  );
}
