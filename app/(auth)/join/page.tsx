import type { Metadata } from "next";
import { JoinForm } from "@/components/accounts/join-form";
import { LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { getMember } from "@/lib/auth/guard";
import { clientWords, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titleJoin") };
}

export default async function JoinPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).code;
  const code = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 40);
  const member = await getMember();
  const back = `/join${code ? `?code=${encodeURIComponent(code)}` : ""}`;
  const t = await getT("together");
  return (
    <>
      <h1 className="mt-8 text-2xl font-semibold">{t("join.heading")}</h1>
      <p className="mt-2 text-muted">{t("join.lead")}</p>
      {member ? (
        <>
          {member.couple?.partner && !member.couple.endedAt ? (
            <div className="mt-6">
              <Notice tone="info">
                {t("join.alreadyLinked", { partner: member.couple.partner.name })}
              </Notice>
            </div>
          ) : null}
          <JoinForm code={code} words={await clientWords("together", ["join"])} />
        </>
      ) : (
        <div className="mt-8 flex flex-col gap-3">
          {code ? (
            <p translate="no" className="rounded-2xl border border-line bg-surface px-4 py-3 text-center font-mono text-xl tracking-widest" data-testid="join-code">
              {code}
            </p>
          ) : null}
          <p className="text-muted">{t("join.accountFirst")}</p>
          <LinkButton href={`/signup?from=${encodeURIComponent(back)}`}>{t("join.createAccount")}</LinkButton>
          <LinkButton href={`/signin?from=${encodeURIComponent(back)}`} variant="secondary">
            {t("join.haveAccount")}
          </LinkButton>
        </div>
      )}
    </>
  );
}
