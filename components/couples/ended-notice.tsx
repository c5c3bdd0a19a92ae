import Link from "next/link";
import { Card } from "@/components/ui/card";

/** The neutral state either partner sees once the shared space has ended. No reasons, no blame. */
export function EndedNotice() {
  return (
    <Card className="border-calm bg-calm-soft" data-testid="couple-ended">
      <h2 className="text-lg font-semibold">This shared space has ended</h2>
      <p className="mt-2">
        You can still read the agreements you made together here, and export them from Me. Nothing can be changed any more.
      </p>
      <Link href="/help" className="mt-3 inline-flex min-h-11 items-center text-accent underline underline-offset-4">
        Support, if you’d like some
      </Link>
    </Card>
  );
}
