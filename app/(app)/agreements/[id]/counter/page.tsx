import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { requireActiveCouple } from "@/lib/auth/guard";
import { agreementTitle } from "@/lib/agreements/describe";
import { getAgreementDetail } from "@/lib/agreements/queries";
import { formWords } from "@/components/agreements/form-words";
import { getT, getWords } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titleCounter") };
}

/** A counter-proposal, starting from the partner's proposal (or, for a retirement, from what we have). */
export default async function CounterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await requireActiveCouple(`/agreements/${id}/counter`);
  const agreement = await getAgreementDetail(member.couple.id, id);
  if (!agreement) notFound();
  const partner = member.couple.partner;
  const pending = agreement.pending;
  if (!partner || !pending || pending.proposedById === member.user.id) redirect(`/agreements/${id}`);
  const [t, w, words] = await Promise.all([getT("agreements"), getWords("agreements"), formWords()]);
  const start = pending.action === "RETIRE" ? (agreement.active?.content ?? pending.content) : pending.content;
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <Link href={`/agreements/${id}`} className="inline-flex min-h-11 items-center self-start text-accent underline-offset-4 hover:underline">
          {t("counter.back", { partner: partner.name })}
        </Link>
        <h1 className="text-2xl font-semibold break-words">{t("counter.heading")}</h1>
        <p className="text-muted">{t("counter.lead", { partner: partner.name, title: agreementTitle(pending.content, w) })}</p>
      </header>
      <AgreementForm
        kind={agreement.kind}
        target={{ mode: "counter", agreementId: id, versionId: pending.id }}
        initial={start}
        people={{ meId: member.user.id, partnerId: partner.id, partnerName: partner.name }}
       
        words={words}
      />
    </div>
  );
}
