import type { Metadata } from "next";
import Link from "next/link";
import { EndedNotice } from "@/components/couples/ended-notice";
import { Card } from "@/components/ui/card";
import { requireCouple } from "@/lib/auth/guard";
import { agreementTitle, formatPerson, kindLabel, needLabel } from "@/lib/agreements/describe";
import { formatList } from "@/lib/i18n/format";
import { getT, getWords } from "@/lib/i18n/server";
import { buildNeedsMap } from "@/lib/agreements/needs-map";
import { listAgreements, viewerFor } from "@/lib/agreements/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titleNeeds") };
}

/** Each safety need and the agreements that look after it; the ones nothing covers yet, gently. */
export default async function NeedsPage() {
  const member = await requireCouple("/agreements/needs");
  const [t, w] = await Promise.all([getT("agreements"), getWords("agreements")]);
  const viewer = viewerFor(member, w);
  const canWrite = !member.couple.endedAt && !!member.couple.partner;
  const map = buildNeedsMap(await listAgreements(member.couple.id, ["ACTIVE"]));
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <Link href="/agreements" className="inline-flex min-h-11 items-center self-start text-accent underline-offset-4 hover:underline">
          {t("new.back")}
        </Link>
        <h1 className="text-2xl font-semibold">{t("needsMap.heading")}</h1>
        <p className="text-muted">{t("needsMap.lead")}</p>
      </header>
      {member.couple.endedAt ? <EndedNotice /> : null}
      {map.uncovered.length ? (
        <p className="rounded-2xl bg-calm-soft px-4 py-3" data-testid="uncovered">
          {t.rich("needsMap.uncovered", {
            needs: formatList(w.locale, map.uncovered.map((k) => needLabel(k, w))),
            b: (c) => <span className="font-semibold">{c}</span>,
          })}
        </p>
      ) : null}
      <ul className="flex flex-col gap-3">
        {map.rows.map((row) => (
          <li key={row.key}>
            <Card className="flex flex-col gap-3" data-testid={`need-${row.key.toLowerCase()}`}>
              <div>
                <h2 className="text-lg font-semibold">{t(`needs.${row.key}.label`)}</h2>
                <p className="text-muted">{t(`needs.${row.key}.blurb`)}</p>
              </div>
              {row.named.map((n) =>
                n.active?.content.kind === "NEED" ? (
                  <Link key={n.id} href={`/agreements/${n.id}`} className="block rounded-2xl bg-sunken px-3 py-2">
                    <span className="block text-sm text-muted">
                      {n.active.proposedById === member.user.id ? t("needsMap.whyMe") : t("needsMap.whyPartner", { name: formatPerson(n.active.proposedById ?? "", viewer) })}
                    </span>
                    <span className="break-words">{n.active.content.why}</span>
                  </Link>
                ) : null,
              )}
              {row.servedBy.length ? (
                <ul className="flex flex-col gap-1">
                  {row.servedBy.map((a) => (
                    <li key={a.id}>
                      <Link href={`/agreements/${a.id}`} className="flex min-h-11 flex-col justify-center text-accent underline-offset-4 hover:underline">
                        <span className="break-words">{agreementTitle(a.active!.content, w)}</span>
                        <span className="text-sm text-muted no-underline">{kindLabel(a.kind, "one", w)}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-muted">
                  {t("needsMap.none")}
                  {canWrite ? (
                    <>
                      {" "}
                      <Link href="/agreements/new" className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
                        {t("needsMap.proposeOne")}
                      </Link>
                    </>
                  ) : null}
                </p>
              )}
            </Card>
          </li>
        ))}
      </ul>
      {map.ownWords.length ? (
        <section aria-labelledby="own-words" className="flex flex-col gap-3">
          <h2 id="own-words" className="text-lg font-semibold">
            {t("needsMap.ownWords")}
          </h2>
          {map.ownWords.map((a) =>
            a.active?.content.kind === "NEED" ? (
              <Link key={a.id} href={`/agreements/${a.id}`} className="rounded-3xl border border-line bg-surface p-4">
                <span className="block font-semibold break-words">{a.active.content.ownWords}</span>
                <span className="block text-muted break-words">{a.active.content.why}</span>
              </Link>
            ) : null,
          )}
        </section>
      ) : null}
    </div>
  );
}
