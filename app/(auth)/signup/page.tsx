import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/accounts/sign-up-form";
import { getMember } from "@/lib/auth/guard";
import { safeFrom } from "@/lib/safe-redirect";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const from = safeFrom((await searchParams).from, "/together");
  if (await getMember()) redirect(from);
  return (
    <>
      <h1 className="mt-8 text-2xl font-semibold">Create your account</h1>
      <p className="mt-2 text-muted">Just you for now. You’ll invite your partner next.</p>
      <SignUpForm from={from} />
    </>
  );
}
