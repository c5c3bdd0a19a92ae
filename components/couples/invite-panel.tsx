"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useOperationForm } from "@/components/forms/use-operation-form";
import type { CreatedInvite } from "@/lib/couples/mutations";

function formatExpiry(iso: string) {
  return new Intl.DateTimeFormat(undefined, { weekday: "long", hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
}

/** One tap makes a code, a link and a QR; Share opens the phone's share sheet, Copy is the fallback. */
export function InvitePanel({ hasOpenInvite }: { hasOpenInvite: boolean }) {
  const [invite, setInvite] = useState<CreatedInvite | null>(null);
  const [copied, setCopied] = useState(false);
  const create = useOperationForm("couples.createInvite", (data) => {
    setInvite(data);
    setCopied(false);
  });
  const revoke = useOperationForm("couples.revokeInvite", () => setInvite(null));

  const share = async () => {
    if (!invite) return;
    const text = `Join me on Steady, so we can make our agreements together. Code: ${invite.code}`;
    if (navigator.share) {
      try {
        await navigator.share({ title: "Join me on Steady", text, url: invite.url });
        return;
      } catch (err) {
        if ((err as Error).name === "AbortError") return;
      }
    }
    await copy();
  };
  const copy = async () => {
    if (!invite) return;
    try {
      await navigator.clipboard.writeText(invite.url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  if (!invite) {
    return (
      <form onSubmit={create.onSubmit} className="flex flex-col gap-3">
        {create.formError ? <Notice tone="error">{create.formError}</Notice> : null}
        {hasOpenInvite ? (
          <p className="text-sm text-muted">You already sent an invite. Making a new one cancels the old code.</p>
        ) : null}
        <Button type="submit" disabled={create.pending}>
          {create.pending ? "Making your invite…" : hasOpenInvite ? "Make a new invite" : "Invite my partner"}
        </Button>
      </form>
    );
  }

  return (
    <div className="flex flex-col gap-4" data-testid="invite">
      <p className="text-muted">Share this with your partner. It works once and expires {formatExpiry(invite.expiresAt)}.</p>
      <p className="rounded-2xl border border-line bg-canvas px-4 py-4 text-center font-mono text-2xl font-semibold tracking-widest" data-testid="invite-code">
        {invite.code}
      </p>
      <div
        className="mx-auto w-48 rounded-2xl bg-white p-3 [&_svg]:h-auto [&_svg]:w-full"
        role="img"
        aria-label="QR code with the invite link"
        // The SVG comes from the qrcode library on our server, built from our own URL.
        dangerouslySetInnerHTML={{ __html: invite.qrSvg }}
      />
      <p className="text-center text-sm break-all text-muted" data-testid="invite-url">
        {invite.url}
      </p>
      <div className="grid grid-cols-2 gap-3">
        <Button type="button" onClick={share}>
          Share
        </Button>
        <Button type="button" variant="secondary" onClick={copy}>
          {copied ? "Copied" : "Copy link"}
        </Button>
      </div>
      <p role="status" className="sr-only">
        {copied ? "Link copied" : ""}
      </p>
      <form onSubmit={revoke.onSubmit}>
        {revoke.formError ? <Notice tone="error">{revoke.formError}</Notice> : null}
        <Button type="submit" variant="quiet" className="w-full" disabled={revoke.pending}>
          Cancel this invite
        </Button>
      </form>
    </div>
  );
}
