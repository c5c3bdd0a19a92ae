import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-6">
      <h1 className="text-2xl font-semibold">We couldn’t find that page</h1>
      <p className="text-muted">The link may be old or mistyped. Nothing is lost; let’s go back to somewhere familiar.</p>
      <Link href="/" className={buttonClass("primary")}>
        Go to Steady’s start
      </Link>
    </main>
  );
}
