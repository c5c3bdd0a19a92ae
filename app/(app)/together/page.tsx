import type { Metadata } from "next";
import { EndedNotice } from "@/components/couples/ended-notice";
import { InvitePanel } from "@/components/couples/invite-panel";
import { StartOver } from "@/components/couples/start-over";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireMember } from "@/lib/auth/guard";
import { openInvite } from "@/lib/couples/mutations";

export const metadata: Metadata = { title: "Together" };

export default async function TogetherPage() {
  const member = await requireMember("/together");
  const couple = member.couple;

  if (couple?.endedAt) {
    return (
      <div className="flex flex-col gap-5">
        <h1 className="text-2xl font-semibold">Together</h1>
        <EndedNotice />
        <Card>
          <StartOver />
        </Card>
      </div>
    );
  }

  if (couple?.partner) {
    return (
      <div className="flex flex-col gap-5">
        <h1 className="text-2xl font-semibold">You and {couple.partner.name}</h1>
        <Card>
          <p data-testid="linked-with">You’re linked with {couple.partner.name}. Everything you agree on together lives here.</p>
        </Card>
        <LinkButton href="/agreements">See our agreements</LinkButton>
      </div>
    );
  }

  const pending = await openInvite(member);
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-semibold">Invite your partner</h1>
      <p className="text-muted">Steady works with two. Send your partner a code or a link; when they join, you’ll both see it here.</p>
      <Card>
        <InvitePanel hasOpenInvite={!!pending} />
      </Card>
      <Card>
        <h2 className="font-semibold">Got a code from your partner?</h2>
        <LinkButton href="/join" variant="secondary" className="mt-3 w-full">
          Enter their code
        </LinkButton>
      </Card>
    </div>
  );
}
