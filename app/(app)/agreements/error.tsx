"use client";

import { useEffect } from "react";
import { Button, LinkButton } from "@/components/ui/button";

/** Agreements didn't load: say so plainly and offer a retry. Nothing was lost. */
export default function AgreementsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="flex flex-col gap-4 pt-6" data-testid="agreements-error">
      <h1 className="text-2xl font-semibold">Our agreements didn’t load</h1>
      <p className="text-muted">Something went wrong on our side. Everything you both agreed is safe. Let’s try again.</p>
      <Button onClick={reset}>Try again</Button>
      <LinkButton href="/today" variant="secondary">
        Back to Today
      </LinkButton>
    </div>
  );
}
