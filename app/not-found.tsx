import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = await getT("notFound");
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-6">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <p className="text-muted">{t("body")}</p>
      <Link href="/" className={buttonClass("primary")}>
        {t("home")}
      </Link>
    </main>
  );
}
