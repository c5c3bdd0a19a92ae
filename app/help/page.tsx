import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Help and support" };

const resources = [
  {
    title: "If you or someone else is in danger right now",
    body: "Call your local emergency number (112 in the EU, 911 in the US and Canada, 999 in the UK, 000 in Australia).",
  },
  {
    title: "If you’re thinking about suicide or self-harm",
    body: "You deserve support right now. Find a free, confidential helpline in your country at findahelpline.com, or call or text 988 in the US, or Samaritans on 116 123 in the UK and Ireland.",
  },
  {
    title: "If you feel afraid of your partner",
    body: "Steady is for couples who both feel safe enough to make agreements. If you feel controlled, threatened or hurt, reach out to a domestic abuse helpline: 1-800-799-7233 (US), 0808 2000 247 (UK), or search “domestic violence helpline” with your country.",
  },
  {
    title: "Talking to a professional",
    body: "A couples therapist or counsellor can help you both feel heard. Your doctor or a local counselling service can suggest one near you, including lower-cost options.",
  },
];

/** Neutral and reachable in one tap from every screen. Nothing here is tracked. */
export default function HelpPage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col gap-4 px-6 pt-8 pb-10">
      <Link href="/" className="flex min-h-11 items-center text-sm font-semibold tracking-wide text-accent uppercase">
        Steady
      </Link>
      <h1 className="text-2xl font-semibold">Help and support</h1>
      <p className="text-muted">Steady is a tool for agreements, not a substitute for care. These are places that can help.</p>
      {resources.map((r) => (
        <Card key={r.title}>
          <h2 className="text-lg font-semibold">{r.title}</h2>
          <p className="mt-2">{r.body}</p>
        </Card>
      ))}
      <Link href="/today" className="mt-2 flex min-h-12 items-center justify-center rounded-2xl border border-line bg-surface font-semibold">
        Back to Steady
      </Link>
    </main>
  );
}
