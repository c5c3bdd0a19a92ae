import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { RegisterWorker } from "@/components/pwa/register-worker";
import { env } from "@/lib/env";
import { ErrorWordsProvider } from "@/components/i18n/error-words";
import { clientWords, getLocale, getT } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("meta");
  return {
    title: { default: "Steady", template: "%s · Steady" },
    description: t("description"),
    applicationName: "Steady",
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
