import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireActiveCouple } from "@/lib/auth/guard";
import { kindLabel, kindSlug } from "@/lib/agreements/describe";
import { getT, getWords } from "@/lib/i18n/server";
import { listAgreements } from "@/lib/agreements/queries";
import { KINDS } from "@/lib/agreements/schemas";
import { TEMPLATES, templateText } from "@/lib/agreements/templates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titlePropose") };
}

/** Starting points by kind: a gentle template, or a blank page. */
export default async function NewAgreementPage() {
  const member = await requireActiveCouple("/agreements/new");
  if (!member.couple.partner) redirect("/agreements");
  const [list, t, w] = await Promise.all([listAgreements(member.couple.id, ["PROPOSED", "ACTIVE"]), getT("agreements"), getWords("agreements")]);
  const pauseRule = list.find((a) => a.kind === "PAUSE_RULE");
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <Link href="/agreements" className="inline-flex min-h-11 items-center self-start text-accent underline-offset-4 hover:underline">
          {t("new.back")}
        </Link>
        <h1 className="text-2xl font-semibold">{t("new.heading")}</h1>
        <p className="text-muted">{t("new.lead", { partner: member.couple.partner.name })}</p>
      </header>
      {KINDS.map((kind) => (
        <section key={kind} aria-labelledby={`new-${kind}`} className="flex flex-col gap-2">
          <h2 id={`new-${kind}`} className="text-lg font-semibold">
            {kindLabel(kind, "many", w)}
          </h2>
          <p className="text-muted">{kindLabel(kind, "blurb", w)}</p>
          {kind === "PAUSE_RULE" && pauseRule ? (
            <Link href={`/agreements/${pauseRule.id}`} className="flex min-h-12 flex-col justify-center rounded-2xl border border-line bg-surface px-4 py-3">
              <span className="font-semibold">{t("new.havePauseRule")}</span>
              <span className="text-sm text-muted">{t("new.havePauseRuleLead")}</span>
            </Link>
          ) : (
            <ul className="flex flex-col gap-2">
              {TEMPLATES.filter((template) => template.kind === kind).map((template) => (
                <li key={template.id}>
                  <Link
                    href={`/agreements/new/${kindSlug(kind)}?template=${template.id}`}
                    className="flex min-h-12 flex-col justify-center rounded-2xl border border-line bg-surface px-4 py-3"
                    data-testid={`template-${template.id}`}
                  >
                    <span className="font-semibold">{templateText(template, w).title}</span>
                    <span className="text-sm text-muted">{templateText(template, w).blurb}</span>
                  </Link>
                </li>
              ))}
              <li>
                <Link href={`/agreements/new/${kindSlug(kind)}`} className="flex min-h-12 items-center rounded-2xl border border-dashed border-line px-4 font-semibold text-accent">
                  {t("new.blank")}
                </Link>
              </li>
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
