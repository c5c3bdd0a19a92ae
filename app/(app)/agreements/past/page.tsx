import type { Metadata } from "next";
import Link from "next/link";
import { AgreementCard } from "@/components/agreements/agreement-card";
import { Card } from "@/components/ui/card";
import { requireCouple } from "@/lib/auth/guard";
import { listAgreements, viewerFor } from "@/lib/agreements/queries";
import { getT, getWords } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titlePast") };
}

/** Retired agreements and proposals that weren't taken up, kept as our history. */
export default async function PastPage() {
  const member = await requireCouple("/agreements/past");
  const [t, w] = await Promise.all([getT("agreements"), getWords("agreements")]);
  const viewer = viewerFor(member, w);
  const past = await listAgreements(member.couple.id, ["RETIRED", "CLOSED"]);
  const retired = past.filter((a) => a.status === "RETIRED");
  const closed = past.filter((a) => a.status === "CLOSED");
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-1">
        <Link href="/agreements" className="inline-flex min-h-11 items-center self-start text-accent underline-offset-4 hover:underline">
          {t("new.back")}
        </Link>
        <h1 className="text-2xl font-semibold">{t("past.heading")}</h1>
        <p className="text-muted">{t("past.lead")}</p>
      </header>
      {past.length === 0 ? (
        <Card data-testid="past-empty">
          <p className="text-muted">{t("past.empty")}</p>
        </Card>
      ) : null}
      {[
        [t("past.retired"), retired],
        [t("past.closed"), closed],
      ].map(([title, items]) =>
        (items as typeof past).length ? (
          <section key={title as string} className="flex flex-col gap-3">
            <h2 className="text-lg font-semibold">{title as string}</h2>
            {(items as typeof past).map((a) => (
              <AgreementCard key={a.id} agreement={a} viewer={viewer} />
            ))}
          </section>
        ) : null,
      )}
    </div>
  );
}

