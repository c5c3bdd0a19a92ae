import type { Metadata } from "next";
import { PrintButton } from "@/components/record/print-button";
import { RecordDocument } from "@/components/record/record-document";
import { ShareLinksPanel } from "@/components/share-links/share-links-panel";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireCouple } from "@/lib/auth/guard";
import { clientWords, getLocale, getT } from "@/lib/i18n/server";
import { buildRecord, memberRecordViewer } from "@/lib/record/build";
import { listShareLinks } from "@/lib/share-links/queries";
import { describeLink } from "@/lib/share-links/words";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("record"))("page.metaTitle") };
}

/**
 * The printable record (either of us, for ourselves) and the counsellor links. Everything above the
 * document is for the screen only: on paper there is just the record.
 */
export default async function RecordPage() {
  const member = await requireCouple("/record");
  const now = new Date();
  const active = !member.couple.endedAt;
  const partner = member.couple.partner;
  const locale = await getLocale();
  const [record, links, t, shared, panelWords] = await Promise.all([
    buildRecord(member.couple.id, memberRecordViewer(member, locale), now),
    active && partner ? listShareLinks(member.couple.id, now) : [],
    getT("record"),
    getT("shared"),
    clientWords("shared", ["panel"]),
  ]);
  const reader = { meId: member.user.id, partnerName: partner?.name ?? "", timeZone: member.user.timeZone, locale };

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-5 print:hidden">
        <header>
          <h1 className="text-2xl font-semibold">{t("page.title")}</h1>
          <p className="mt-1 text-muted">{t("page.intro")}</p>
        </header>
        <div className="flex flex-col gap-3">
          <PrintButton label={t("page.print")} />
          <a href="/api/record.md" download className={buttonClass("secondary")} data-testid="download-markdown">
            {t("page.download")}
          </a>
        </div>
        <Card className="flex flex-col gap-3" data-testid="share-panel">
          <h2 className="text-lg font-semibold">{shared("panel.title")}</h2>
          {!active ? (
            <p className="text-muted">{shared("panel.endedSpace")}</p>
          ) : !partner ? (
            <p className="text-muted">{shared("panel.noPartner")}</p>
          ) : (
            <>
              <p className="text-muted">{shared("panel.intro")}</p>
              <ShareLinksPanel partnerName={partner.name} links={links.map((l) => describeLink(l, reader, shared))} words={panelWords} />
            </>
          )}
        </Card>
      </div>
      <RecordDocument record={record} />
    </div>
  );
}
