import { notFound } from "next/navigation";
import { PrintButton } from "@/components/record/print-button";
import { RecordDocument } from "@/components/record/record-document";
import { executeOperation } from "@/lib/operations/execute";
import { currentRequest } from "@/lib/operations/next-request";
import { viewShareLinkOp } from "@/lib/share-links/operations";

const WORDS = {
  brand: "Steady",
  readOnly: "A read-only copy",
  sharedWith: (name: string | null) => (name ? `Shared with ${name} by both partners.` : "Shared by both partners."),
  until: (when: string) => `This link works until ${when}, unless they turn it off sooner.`,
} as const;

/**
 * What a counsellor sees: the couple's record, read-only, without signing in, and nothing to
 * write with. Any link that cannot be shown (made up, waiting, expired, turned off) gets the same
 * plain page with a 404 (./not-found.tsx), which says nothing about anyone.
 */
export default async function SharedRecordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const result = await executeOperation(viewShareLinkOp, { token }, await currentRequest());
  if (!result.ok) notFound();
  const { record, therapistName, expiresAt } = result.data;
  const until = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: record.timeZone }).format(expiresAt);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-4 print:hidden" data-testid="shared-banner">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">
          {WORDS.brand} · {WORDS.readOnly}
        </p>
        <p>
          {WORDS.sharedWith(therapistName)} {WORDS.until(until)}
        </p>
        <PrintButton />
      </div>
      <RecordDocument record={record} />
    </div>
  );
}
