import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { ForgetPrefill } from "@/components/agreements/forget-prefill";
import { requireActiveCouple } from "@/lib/auth/guard";
import { kindFromSlug, kindLabel } from "@/lib/agreements/describe";
import { findTemplate, resolveTemplate, templateText } from "@/lib/agreements/templates";
import { formWords } from "@/components/agreements/form-words";
import { getT, getWords } from "@/lib/i18n/server";
import { proposalPrefill } from "@/lib/journal/proposal";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titlePropose") };
}

type Search = { template?: string; trigger?: string | string[]; response?: string | string[] };

/**
 * The proposal form for one kind, from a template (?template=) or blank; a trigger → response
 * proposal may also start from words I chose to share (?trigger=&response=, from my journal).
 */
export default async function NewKindPage({ params, searchParams }: { params: Promise<{ kind: string }>; searchParams: Promise<Search> }) {
  const [{ kind: slug }, search] = await Promise.all([params, searchParams]);
  const templateId = search.template;
  const kind = kindFromSlug(slug);
  if (!kind) notFound();
  const member = await requireActiveCouple(`/agreements/new/${slug}`);
  const partner = member.couple.partner;
  if (!partner) redirect("/agreements");
  const template = findTemplate(templateId);
  const [t, w, words] = await Promise.all([getT("agreements"), getWords("agreements"), formWords()]);
  const people = { meId: member.user.id, partnerId: partner.id, partnerName: partner.name };
  const prefill = kind === "TRIGGER_RESPONSE" ? proposalPrefill(search) : {};
  const fromWords = Object.keys(prefill).length > 0;
  const initial =
    template && template.kind === kind
      ? resolveTemplate(template, { ...people, timeZone: member.user.timeZone }, w)
      : fromWords
        ? { timeZone: member.user.timeZone, whose: member.user.id, giver: partner.id, ...prefill }
        : { timeZone: member.user.timeZone };
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <Link href="/agreements/new" className="inline-flex min-h-11 items-center self-start text-accent underline-offset-4 hover:underline">
          {t("new.backToStart")}
        </Link>
        <p className="text-xs font-semibold tracking-wide text-muted uppercase">{kindLabel(kind, "one", w)}</p>
        <h1 className="text-2xl font-semibold">{template ? templateText(template, w).title : t("new.blankHeading")}</h1>
        <p className="text-muted">{t("new.formLead", { partner: partner.name })}</p>
      </header>
      <AgreementForm kind={kind} target={{ mode: "new" }} initial={initial} people={people} words={words} />
      {fromWords ? <ForgetPrefill /> : null}
    </div>
  );
}
