import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/record/print-button";
import { RecordDocument } from "@/components/record/record-document";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getT } from "@/lib/i18n/server";
import { wordsFor } from "@/lib/i18n/translate";
import { executeOperation } from "@/lib/operations/execute";
import { currentRequest } from "@/lib/operations/next-request";
import { viewShareLinkOp } from "@/lib/share-links/operations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("shared"))("reader.metaTitle") };
}

/**
 * What a counsellor sees: the couple's record, read-only, without signing in, and nothing to
 * write with. Any link that cannot be shown (made up, waiting, expired, turned off) gets the same
 * plain page with a 404 (./not-found.tsx), which says nothing about anyone. A counsellor is signed
 * out, so the words follow their browser (Accept-Language).
 */
export default async function SharedRecordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // The page's language (as <html lang> has it: a signed-in reader's own, else the browser's) for the record too.
  const [request, locale] = await Promise.all([currentRequest(), getLocale()]);
  const result = await executeOperation(viewShareLinkOp, { token }, { ...request, locale });
  if (!result.ok) notFound();
  const { record, therapistName, expiresAt } = result.data;
  const { t } = wordsFor(record.locale, "shared");
  const until = formatDate(record.locale, record.timeZone, expiresAt, "dateTimeMedium");
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-4 print:hidden" data-testid="shared-banner">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">
          Steady · {t("reader.readOnly")}
        </p>
        <p>
          {therapistName ? t("reader.sharedWith", { name: therapistName }) : t("reader.sharedByBoth")} {t("reader.until", { when: until })}
        </p>
        <PrintButton label={wordsFor(record.locale, "record").t("page.print")} />
      </div>
      <RecordDocument record={record} />
    </div>
  );
}
