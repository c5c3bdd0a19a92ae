import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireActiveCouple } from "@/lib/auth/guard";
import { KIND_LABELS, kindSlug } from "@/lib/agreements/describe";
import { listAgreements } from "@/lib/agreements/queries";
import { KINDS } from "@/lib/agreements/schemas";
import { TEMPLATES } from "@/lib/agreements/templates";

export const metadata: Metadata = { title: "Propose an agreement" };

/** Starting points by kind: a gentle template, or a blank page. */
export default async function NewAgreementPage() {
  const member = await requireActiveCouple("/agreements/new");
  if (!member.couple.partner) redirect("/agreements");
  const pauseRule = (await listAgreements(member.couple.id, ["PROPOSED", "ACTIVE"])).find((a) => a.kind === "PAUSE_RULE");
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <Link href="/agreements" className="inline-flex min-h-11 items-center self-start text-accent underline-offset-4 hover:underline">
          ← Our agreements
        </Link>
        <h1 className="text-2xl font-semibold">What would help us?</h1>
        <p className="text-muted">Pick a starting point and make it yours. {member.couple.partner.name} sees it as a proposal, never as a rule.</p>
      </header>
      {KINDS.map((kind) => (
        <section key={kind} aria-labelledby={`new-${kind}`} className="flex flex-col gap-2">
          <h2 id={`new-${kind}`} className="text-lg font-semibold">
            {KIND_LABELS[kind].many}
          </h2>
          <p className="text-muted">{KIND_LABELS[kind].blurb}</p>
          {kind === "PAUSE_RULE" && pauseRule ? (
            <Link href={`/agreements/${pauseRule.id}`} className="flex min-h-12 flex-col justify-center rounded-2xl border border-line bg-surface px-4 py-3">
              <span className="font-semibold">We already have a pause rule</span>
              <span className="text-sm text-muted">Open it to propose a change.</span>
            </Link>
          ) : (
            <ul className="flex flex-col gap-2">
              {TEMPLATES.filter((t) => t.kind === kind).map((t) => (
                <li key={t.id}>
                  <Link
                    href={`/agreements/new/${kindSlug(kind)}?template=${t.id}`}
                    className="flex min-h-12 flex-col justify-center rounded-2xl border border-line bg-surface px-4 py-3"
                    data-testid={`template-${t.id}`}
                  >
                    <span className="font-semibold">{t.title}</span>
                    <span className="text-sm text-muted">{t.blurb}</span>
                  </Link>
                </li>
              ))}
              <li>
                <Link href={`/agreements/new/${kindSlug(kind)}`} className="flex min-h-12 items-center rounded-2xl border border-dashed border-line px-4 font-semibold text-accent">
                  Start from a blank page
                </Link>
              </li>
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
