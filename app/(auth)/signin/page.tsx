import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { getMember } from "@/lib/auth/guard";
import { clientWords, getT } from "@/lib/i18n/server";
import { safeFrom } from "@/lib/safe-redirect";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("meta"))("titleSignIn") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const from = safeFrom((await searchParams).from, "/today");
  if (await getMember()) redirect(from);
  const t = await getT("auth");
  return (
    <>
      <h1 className="mt-8 text-2xl font-semibold">{t("signIn.heading")}</h1>
      <SignInForm from={from} words={await clientWords("auth", ["email", "password", "signIn"])} />
    </>
  );
}
