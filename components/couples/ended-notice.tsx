import Link from "next/link";
import { Card } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";

/** The neutral state either partner sees once the shared space has ended. No reasons, no blame. */
export async function EndedNotice() {
  const t = await getT("together");
  return (
    <Card className="border-calm bg-calm-soft" data-testid="couple-ended">
      <h2 className="text-lg font-semibold">{t("ended.heading")}</h2>
      <p className="mt-2">{t("ended.body")}</p>
      <Link href="/help" className="mt-3 inline-flex min-h-11 items-center text-accent underline underline-offset-4">
        {t("ended.support")}
      </Link>
    </Card>
  );
}
