import { UNAVAILABLE } from "@/lib/share-links/constants";

/** The one page for every link that cannot be shown: the same words whatever the reason, no names. */
export default function SharedLinkUnavailable() {
  return (
    <div className="flex min-h-[60dvh] flex-col justify-center gap-3" data-testid="shared-unavailable">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Steady</p>
      <h1 className="text-2xl font-semibold">{UNAVAILABLE}</h1>
      <p className="text-muted">If you were expecting to see something here, ask the people who shared it for a new link.</p>
    </div>
  );
}
