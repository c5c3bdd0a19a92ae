import type { Metadata } from "next";
import Link from "next/link";
import { PWA_WORDS } from "@/lib/pwa/words";

export const metadata: Metadata = { title: "Offline", robots: { index: false } };

const W = PWA_WORDS.offlinePage;
const LINKS = [
  { href: "/today", label: W.links.today },
  { href: "/agreements", label: W.links.agreements },
  { href: "/pause", label: W.links.pause },
  { href: "/help", label: W.links.help },
];

/**
 * What the service worker shows for a screen this phone hasn't kept, while offline. Public and
 * personal-data-free: it is kept once for everyone (lib/pwa/sw/policy.ts). Offline, a link's
 * server fetch fails and the browser loads the page in full, which the worker answers from its copies.
 */
export default function OfflinePage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-6" data-testid="offline-page">
      <h1 className="text-2xl font-semibold">{W.title}</h1>
      <p className="text-muted">{W.body}</p>
      <ul className="flex flex-col gap-2">
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link href={l.href} prefetch={false} className="flex min-h-12 items-center rounded-2xl border border-line bg-surface px-4 font-semibold">
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
