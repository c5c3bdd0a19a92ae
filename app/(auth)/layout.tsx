import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getT("common");
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col px-6 pt-8 pb-10">
      <div className="flex items-center justify-between">
        <Link href="/" className="flex min-h-11 items-center text-sm font-semibold tracking-wide text-accent uppercase">
          Steady
        </Link>
        <Link href="/help" className="flex min-h-11 items-center text-sm text-muted underline underline-offset-4">
          {t("getHelp")}
        </Link>
      </div>
      {children}
    </main>
  );
}
