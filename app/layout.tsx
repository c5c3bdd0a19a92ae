import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { RegisterWorker } from "@/components/pwa/register-worker";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Steady", template: "%s · Steady" },
  description: "Co-create the agreements that help you both feel safe, and use them when it matters.",
  applicationName: "Steady",
};

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
  return (
    <html lang="en">
      <body className="min-h-dvh antialiased">
        {children}
        <RegisterWorker enabled={env().NODE_ENV === "production"} />
      </body>
    </html>
  );
}
