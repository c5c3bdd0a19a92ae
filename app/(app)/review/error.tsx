"use client";

import { useEffect } from "react";
import { Button, LinkButton } from "@/components/ui/button";

/** The review didn't load: say so plainly and offer a retry. The server keeps where we were. */
export default function ReviewError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="flex flex-col gap-4 pt-6" data-testid="review-load-error">
      <h1 className="text-2xl font-semibold">Our review didn’t load</h1>
      <p className="text-muted">Something went wrong on our side. Nothing is lost: the review is kept where we left it. Let’s try again.</p>
      <Button onClick={reset}>Try again</Button>
      <LinkButton href="/today" variant="secondary">
        Back to Today
      </LinkButton>
    </div>
  );
}
