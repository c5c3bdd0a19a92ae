import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/accounts/sign-up-form";
import { getMember } from "@/lib/auth/guard";
import { clientWords, getT } from "@/lib/i18n/server";
import { safeFrom } from "@/lib/safe-redirect";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titleSignUp") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const from = safeFrom((await searchParams).from, "/together");
  if (await getMember()) redirect(from);
  const t = await getT("auth");
  return (
    <>
      <h1 className="mt-8 text-2xl font-semibold">{t("signUp.heading")}</h1>
      <p className="mt-2 text-muted">{t("signUp.lead")}</p>
      <SignUpForm from={from} words={await clientWords("auth", ["email", "password", "timeZone", "signUp"])} />
    </>
  );
}
