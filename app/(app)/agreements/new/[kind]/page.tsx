import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { requireActiveCouple } from "@/lib/auth/guard";
import { KIND_LABELS, kindFromSlug } from "@/lib/agreements/describe";
import { findTemplate, resolveTemplate } from "@/lib/agreements/templates";
import { timeZoneList } from "@/lib/time-zones";

export const metadata: Metadata = { title: "Propose an agreement" };

/** The proposal form for one kind, from a template (?template=) or blank. */
export default async function NewKindPage({ params, searchParams }: { params: Promise<{ kind: string }>; searchParams: Promise<{ template?: string }> }) {
  const [{ kind: slug }, { template: templateId }] = await Promise.all([params, searchParams]);
  const kind = kindFromSlug(slug);
  if (!kind) notFound();
  const member = await requireActiveCouple(`/agreements/new/${slug}`);
  const partner = member.couple.partner;
  if (!partner) redirect("/agreements");
  const template = findTemplate(templateId);
  const people = { meId: member.user.id, partnerId: partner.id, partnerName: partner.name };
  const initial = template && template.kind === kind ? resolveTemplate(template, { ...people, timeZone: member.user.timeZone }) : { timeZone: member.user.timeZone };
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <Link href="/agreements/new" className="inline-flex min-h-11 items-center self-start text-accent underline-offset-4 hover:underline">
          ← Starting points
        </Link>
        <p className="text-xs font-semibold tracking-wide text-muted uppercase">{KIND_LABELS[kind].one}</p>
        <h1 className="text-2xl font-semibold">{template?.title ?? "Would this work for us?"}</h1>
        <p className="text-muted">Change anything you like. It becomes ours only when {partner.name} says yes.</p>
      </header>
      <AgreementForm kind={kind} target={{ mode: "new" }} initial={initial} people={people} zones={timeZoneList()} />
    </div>
  );
}
