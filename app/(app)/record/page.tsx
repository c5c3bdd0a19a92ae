import type { Metadata } from "next";
import { PrintButton } from "@/components/record/print-button";
import { RecordDocument } from "@/components/record/record-document";
import { ShareLinksPanel } from "@/components/share-links/share-links-panel";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireCouple } from "@/lib/auth/guard";
import { buildRecord, memberRecordViewer } from "@/lib/record/build";
import { listShareLinks } from "@/lib/share-links/queries";
import { describeLink, LINK_WORDS } from "@/lib/share-links/words";

export const metadata: Metadata = { title: "Our agreements, to bring along" };

const WORDS = {
  title: "Bring it to a counsellor",
  intro: "Our agreements and how they went, to print, save as a PDF or share. Nothing private is in it: no journal, no devices, no email addresses.",
  download: "Download as Markdown",
} as const;

/**
 * The printable record (either of us, for ourselves) and the counsellor links. Everything above the
 * document is for the screen only: on paper there is just the record.
 */
export default async function RecordPage() {
  const member = await requireCouple("/record");
  const now = new Date();
  const active = !member.couple.endedAt;
  const partner = member.couple.partner;
  const [record, links] = await Promise.all([
    buildRecord(member.couple.id, memberRecordViewer(member), now),
    active && partner ? listShareLinks(member.couple.id, now) : [],
  ]);
  const reader = { meId: member.user.id, partnerName: partner?.name ?? "your partner", timeZone: member.user.timeZone };

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-5 print:hidden">
        <header>
          <h1 className="text-2xl font-semibold">{WORDS.title}</h1>
          <p className="mt-1 text-muted">{WORDS.intro}</p>
        </header>
        <div className="flex flex-col gap-3">
          <PrintButton />
          <a href="/api/record.md" download className={buttonClass("secondary")} data-testid="download-markdown">
            {WORDS.download}
          </a>
        </div>
        <Card className="flex flex-col gap-3" data-testid="share-panel">
          <h2 className="text-lg font-semibold">{LINK_WORDS.panelTitle}</h2>
          {!active ? (
            <p className="text-muted">{LINK_WORDS.endedSpace}</p>
          ) : !partner ? (
            <p className="text-muted">{LINK_WORDS.noPartner}</p>
          ) : (
            <>
              <p className="text-muted">{LINK_WORDS.panelIntro}</p>
              <ShareLinksPanel partnerName={partner.name} links={links.map((l) => describeLink(l, reader))} />
            </>
          )}
        </Card>
      </div>
      <RecordDocument record={record} />
    </div>
  );
}
