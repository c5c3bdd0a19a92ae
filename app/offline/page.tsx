import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("pwa");
  return { title: t("offlinePage.metaTitle"), robots: { index: false } };
}

const LINKS = [
  { href: "/today", key: "today" },
  { href: "/agreements", key: "agreements" },
  { href: "/pause", key: "pause" },
  { href: "/help", key: "help" },
] as const;

/**
 * What the service worker shows for a screen this phone hasn't kept, while offline. Public and
 * personal-data-free: it is kept once for everyone (lib/pwa/sw/policy.ts). Offline, a link's
 * server fetch fails and the browser loads the page in full, which the worker answers from its copies.
 */
export default async function OfflinePage() {
  const t = await getT("pwa");
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-6" data-testid="offline-page">
      <h1 className="text-2xl font-semibold">{t("offlinePage.title")}</h1>
      <p className="text-muted">{t("offlinePage.body")}</p>
      <ul className="flex flex-col gap-2">
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link href={l.href} prefetch={false} className="flex min-h-12 items-center rounded-2xl border border-line bg-surface px-4 font-semibold">
              {t(`offlinePage.links.${l.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
