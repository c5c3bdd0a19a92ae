import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { RegisterWorker } from "@/components/pwa/register-worker";
import { env } from "@/lib/env";
import { ErrorWordsProvider } from "@/components/i18n/error-words";
import { clientWords, getLocale, getT } from "@/lib/i18n/server";
import { MANIFEST_PATH } from "@/lib/pwa/manifest";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getT("meta"), getLocale()]);
  return {
    title: { default: "Steady", template: "%s · Steady" },
    description: t("description"),
    applicationName: "Steady",
    // The install sheet in this person's language: browsers fetch the manifest without cookies.
    manifest: `${MANIFEST_PATH}?lang=${encodeURIComponent(locale)}`,
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f6f3ee" },
    { media: "(prefers-color-scheme: dark)", color: "#14161a" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request makes every page dynamic, so each response carries its own CSP nonce.
  await headers();
  // The person's language (lib/i18n): their choice on Me, else their browser's, else English.
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh antialiased">
        <ErrorWordsProvider words={await clientWords("errorPage")}>{children}</ErrorWordsProvider>
        <RegisterWorker enabled={env().NODE_ENV === "production"} />
      </body>
    </html>
  );
}
