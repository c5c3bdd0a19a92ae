import type { Metadata } from "next";
import { JoinForm } from "@/components/accounts/join-form";
import { LinkButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { getMember } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Join your partner" };

export default async function JoinPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).code;
  const code = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 40);
  const member = await getMember();
  const back = `/join${code ? `?code=${encodeURIComponent(code)}` : ""}`;
  return (
    <>
      <h1 className="mt-8 text-2xl font-semibold">You’ve been invited</h1>
      <p className="mt-2 text-muted">Your partner would like to share a space on Steady with you, for the agreements you make together.</p>
      {member ? (
        <>
          {member.couple?.partner && !member.couple.endedAt ? (
            <div className="mt-6">
              <Notice tone="info">
                You’re already linked with {member.couple.partner.name}. To join someone else, leave your current shared space first in Me.
              </Notice>
            </div>
          ) : null}
          <JoinForm code={code} />
        </>
      ) : (
        <div className="mt-8 flex flex-col gap-3">
          {code ? (
            <p className="rounded-2xl border border-line bg-surface px-4 py-3 text-center font-mono text-xl tracking-widest" data-testid="join-code">
              {code}
            </p>
          ) : null}
          <p className="text-muted">First, make an account (or sign in). We’ll keep your invite and bring you right back.</p>
          <LinkButton href={`/signup?from=${encodeURIComponent(back)}`}>Create my account</LinkButton>
          <LinkButton href={`/signin?from=${encodeURIComponent(back)}`} variant="secondary">
            I already have an account
          </LinkButton>
        </div>
      )}
    </>
  );
}
