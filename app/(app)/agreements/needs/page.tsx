import type { Metadata } from "next";
import Link from "next/link";
import { EndedNotice } from "@/components/couples/ended-notice";
import { Card } from "@/components/ui/card";
import { requireCouple } from "@/lib/auth/guard";
import { agreementTitle, formatPerson, KIND_LABELS, NEED_LABELS, needLabel } from "@/lib/agreements/describe";
import { buildNeedsMap } from "@/lib/agreements/needs-map";
import { listAgreements, viewerFor } from "@/lib/agreements/queries";

export const metadata: Metadata = { title: "Our needs map" };

/** Each safety need and the agreements that look after it; the ones nothing covers yet, gently. */
export default async function NeedsPage() {
  const member = await requireCouple("/agreements/needs");
  const viewer = viewerFor(member);
  const canWrite = !member.couple.endedAt && !!member.couple.partner;
  const map = buildNeedsMap(await listAgreements(member.couple.id, ["ACTIVE"]));
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <Link href="/agreements" className="inline-flex min-h-11 items-center self-start text-accent underline-offset-4 hover:underline">
          ← Our agreements
        </Link>
        <h1 className="text-2xl font-semibold">Our needs map</h1>
        <p className="text-muted">What helps each of us feel safe, and which of our agreements look after it.</p>
      </header>
      {member.couple.endedAt ? <EndedNotice /> : null}
      {map.uncovered.length ? (
        <p className="rounded-2xl bg-calm-soft px-4 py-3" data-testid="uncovered">
          Nothing looks after <span className="font-semibold">{map.uncovered.map(needLabel).join(", ")}</span> yet. Something to talk about, when it feels right.
        </p>
      ) : null}
      <ul className="flex flex-col gap-3">
        {map.rows.map((row) => (
          <li key={row.key}>
            <Card className="flex flex-col gap-3" data-testid={`need-${row.key.toLowerCase()}`}>
              <div>
                <h2 className="text-lg font-semibold">{NEED_LABELS[row.key].label}</h2>
                <p className="text-muted">{NEED_LABELS[row.key].blurb}</p>
              </div>
              {row.named.map((n) =>
                n.active?.content.kind === "NEED" ? (
                  <Link key={n.id} href={`/agreements/${n.id}`} className="block rounded-2xl bg-sunken px-3 py-2">
                    <span className="block text-sm text-muted">Why it matters to {n.active.proposedById === member.user.id ? "me" : formatPerson(n.active.proposedById ?? "", viewer)}</span>
                    <span className="break-words">{n.active.content.why}</span>
                  </Link>
                ) : null,
              )}
              {row.servedBy.length ? (
                <ul className="flex flex-col gap-1">
                  {row.servedBy.map((a) => (
                    <li key={a.id}>
                      <Link href={`/agreements/${a.id}`} className="flex min-h-11 flex-col justify-center text-accent underline-offset-4 hover:underline">
                        <span className="break-words">{agreementTitle(a.active!.content)}</span>
                        <span className="text-sm text-muted no-underline">{KIND_LABELS[a.kind].one}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-muted">
                  No agreement looks after this yet.
                  {canWrite ? (
                    <>
                      {" "}
                      <Link href="/agreements/new" className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
                        Propose one
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
            In our own words
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
