import type { Metadata } from "next";

// A counsellor's read-only copy: never indexed, never followed, and the link never leaves in a Referer
// (next.config.js also sends X-Robots-Tag for /shared/). Static, so these are in the head from the first
// byte; the title, in the reader's language, comes with each page (generateMetadata).
export const metadata: Metadata = {
  robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
  referrer: "no-referrer",
};

export default function SharedLayout({ children }: { children: React.ReactNode }) {
  return <main className="mx-auto min-h-dvh max-w-2xl px-4 py-6 print:max-w-none print:p-0">{children}</main>;
}
