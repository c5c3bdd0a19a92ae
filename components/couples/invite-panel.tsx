"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useOperationForm } from "@/components/forms/use-operation-form";
import type { CreatedInvite } from "@/lib/couples/mutations";
import { formatDate } from "@/lib/i18n/format";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words } from "@/lib/i18n/words";

/** One tap makes a code, a link and a QR; Share opens the phone's share sheet, Copy is the fallback. */
export function InvitePanel({ hasOpenInvite, timeZone, words }: { hasOpenInvite: boolean; timeZone: string; words: Words<KeyIn<"together">> }) {
  const t = wordsT(words);
  const [invite, setInvite] = useState<CreatedInvite | null>(null);
  const [copied, setCopied] = useState(false);
  const create = useOperationForm("couples.createInvite", (data) => {
    setInvite(data);
    setCopied(false);
  });
  const revoke = useOperationForm("couples.revokeInvite", () => setInvite(null));

  const share = async () => {
    if (!invite) return;
    const text = t("invite.shareText", { code: invite.code });
    if (navigator.share) {
      try {
        await navigator.share({ title: t("invite.shareTitle"), text, url: invite.url });
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
          <p className="text-sm text-muted">{t("invite.alreadySent")}</p>
        ) : null}
        <Button type="submit" disabled={create.pending} data-testid="together-invite">
          {create.pending ? t("invite.making") : hasOpenInvite ? t("invite.makeNew") : t("invite.invite")}
        </Button>
      </form>
    );
  }

  return (
    <div className="flex flex-col gap-4" data-testid="invite">
      <p className="text-muted">{t("invite.shareLead", { when: formatDate(words.locale, timeZone, new Date(invite.expiresAt), "dayTime") })}</p>
      <p translate="no" className="rounded-2xl border border-line bg-canvas px-4 py-4 text-center font-mono text-2xl font-semibold tracking-widest" data-testid="invite-code">
        {invite.code}
      </p>
      <div
        className="mx-auto w-48 rounded-2xl bg-white p-3 [&_svg]:h-auto [&_svg]:w-full"
        role="img"
        aria-label={t("invite.qr")}
        // The SVG comes from the qrcode library on our server, built from our own URL.
        dangerouslySetInnerHTML={{ __html: invite.qrSvg }}
      />
      <p translate="no" className="text-center text-sm break-all text-muted" data-testid="invite-url">
        {invite.url}
      </p>
      <div className="button-row">
        <Button type="button" onClick={share}>
          {t("invite.share")}
        </Button>
        <Button type="button" variant="secondary" onClick={copy}>
          {copied ? t("invite.copied") : t("invite.copy")}
        </Button>
      </div>
      <p role="status" className="sr-only">
        {copied ? t("invite.linkCopied") : ""}
      </p>
      <form onSubmit={revoke.onSubmit}>
        {revoke.formError ? <Notice tone="error">{revoke.formError}</Notice> : null}
        <Button type="submit" variant="quiet" className="w-full" disabled={revoke.pending}>
          {t("invite.cancel")}
        </Button>
      </form>
    </div>
  );
}
