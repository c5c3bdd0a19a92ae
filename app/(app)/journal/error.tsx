"use client";

import { Button, LinkButton } from "@/components/ui/button";

/** The journal didn't open: say so plainly. Nothing written is lost (drafts are also on this phone). */
export default function JournalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="flex flex-col gap-4 pt-6" data-testid="journal-error">
      <h1 className="text-2xl font-semibold">Your journal didn’t open</h1>
      <p className="text-muted">Something went wrong on our side. What you wrote is safe, and anything unsaved is kept on this phone. Let’s try again.</p>
      <Button onClick={reset}>Try again</Button>
      <LinkButton href="/today" variant="secondary">
        Back to Today
      </LinkButton>
    </div>
  );
}
