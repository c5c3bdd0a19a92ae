import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { getMember } from "@/lib/auth/guard";
import { safeFrom } from "@/lib/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const from = safeFrom((await searchParams).from, "/today");
  if (await getMember()) redirect(from);
  return (
    <>
      <h1 className="mt-8 text-2xl font-semibold">Welcome back</h1>
      <SignInForm from={from} />
    </>
  );
}
