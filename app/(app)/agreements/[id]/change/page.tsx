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
  return { title: (await getT("meta"))("titleChange") };
}

/** The form, filled with what we agreed; the change waits for the partner's yes. */
export default async function ChangePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string }> }) {
  const { id } = await params;
  // Opened from the weekly review's "Revise it": back to the review afterwards.
  const fromReview = (await searchParams).from === "review";
  const member = await requireActiveCouple(`/agreements/${id}/change`);
  const agreement = await getAgreementDetail(member.couple.id, id);
  if (!agreement) notFound();
  const partner = member.couple.partner;
  // Only an active agreement with nothing pending can be changed; otherwise show where it stands.
  if (!partner || agreement.status !== "ACTIVE" || agreement.pending || !agreement.active) redirect(`/agreements/${id}`);
  const [t, w, words] = await Promise.all([getT("agreements"), getWords("agreements"), formWords()]);
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <Link href={fromReview ? "/review" : `/agreements/${id}`} className="inline-flex min-h-11 items-center self-start text-accent underline-offset-4 hover:underline">
          {fromReview ? t("change.backToReview") : t("change.back")}
        </Link>
        <h1 className="text-2xl font-semibold break-words">{t("change.heading", { title: agreementTitle(agreement.active.content, w) })}</h1>
        <p className="text-muted">{t("change.lead", { partner: partner.name })}</p>
      </header>
      <AgreementForm
        kind={agreement.kind}
        target={{ mode: "change", agreementId: id, basedOnVersionId: agreement.active.id }}
        initial={agreement.active.content}
        people={{ meId: member.user.id, partnerId: partner.id, partnerName: partner.name }}
        doneHref={fromReview ? "/review" : undefined}
        words={words}
      />
    </div>
  );
}
