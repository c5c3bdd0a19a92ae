import type { Metadata } from "next";
import { EndedNotice } from "@/components/couples/ended-notice";
import { InvitePanel } from "@/components/couples/invite-panel";
import { StartOver } from "@/components/couples/start-over";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireMember } from "@/lib/auth/guard";
import { openInvite } from "@/lib/couples/mutations";
import { clientWords, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titleTogether") };
}

export default async function TogetherPage() {
  const member = await requireMember("/together");
  const couple = member.couple;
  const [t, words] = await Promise.all([getT("together"), clientWords("together", ["startOver", "invite"])]);

  if (couple?.endedAt) {
    return (
      <div className="flex flex-col gap-5">
        <h1 className="text-2xl font-semibold">{t("heading")}</h1>
        <EndedNotice />
        <Card>
          <StartOver words={words} />
        </Card>
      </div>
    );
  }

  if (couple?.partner) {
    return (
      <div className="flex flex-col gap-5">
        <h1 className="text-2xl font-semibold">{t("linkedHeading", { partner: couple.partner.name })}</h1>
        <Card>
          <p data-testid="linked-with">{t("linked", { partner: couple.partner.name })}</p>
        </Card>
        <LinkButton href="/agreements">{t("seeAgreements")}</LinkButton>
      </div>
    );
  }

  const pending = await openInvite(member);
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-semibold">{t("inviteHeading")}</h1>
      <p className="text-muted">{t("inviteLead")}</p>
      <Card>
        <InvitePanel hasOpenInvite={!!pending} timeZone={member.user.timeZone} words={words} />
      </Card>
      <Card>
        <h2 className="font-semibold">{t("gotCode")}</h2>
        <LinkButton href="/join" variant="secondary" className="mt-3 w-full">
          {t("enterCode")}
        </LinkButton>
      </Card>
    </div>
  );
}
