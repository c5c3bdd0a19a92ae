"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useOperationForm } from "@/components/forms/use-operation-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SHARE_DAYS, THERAPIST_NAME_MAX } from "@/lib/share-links/constants";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words, type WordsT } from "@/lib/i18n/words";
import type { LinkCard } from "@/lib/share-links/words";

type T = WordsT<KeyIn<"shared">>;

interface Props {
  partnerName: string;
  links: LinkCard[];
  /** The shared namespace's panel words (clientWords("shared", ["panel"])). */
  words: Words<KeyIn<"shared">>;
}

/** Suggest a link, answer one, turn one off; the new link is shown to the one who suggested it, once. */
export function ShareLinksPanel({ partnerName, links, words }: Props) {
  const t = wordsT(words);
  const open = links.filter((l) => l.status === "waiting" || l.status === "active");
  const past = links.filter((l) => l.status === "expired" || l.status === "revoked").slice(0, 5);
  return (
    <div className="flex flex-col gap-4">
      {open.length ? (
        <ul className="flex flex-col gap-3" data-testid="share-links">
          {open.map((link) => (
            <li key={link.id}>
              <LinkItem link={link} t={t} />
            </li>
          ))}
        </ul>
      ) : null}
      <ProposeLink partnerName={partnerName} t={t} />
      {past.length ? (
        <details className="rounded-2xl border border-line px-4 py-2">
          <summary className="flex min-h-11 cursor-pointer items-center font-medium">{t("panel.earlier")}</summary>
          <ul className="flex flex-col gap-3 pb-2" data-testid="share-links-past">
            {past.map((link) => (
              <li key={link.id} className="text-sm">
                <p className="font-medium">{link.title}</p>
                {link.lines.map((line) => (
                  <p key={line} className="text-muted">
                    {line}
                  </p>
                ))}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/** A one-button form naming the exact link; a refusal (it changed meanwhile) shows why and re-reads. */
function useLinkAction(operation: "shareLinks.approve" | "shareLinks.revoke") {
  const router = useRouter();
  const form = useOperationForm(operation, () => router.refresh());
  const stale = form.result && !form.result.ok && (form.result.code === "conflict" || form.result.code === "not_found");
  useEffect(() => {
    if (stale) router.refresh();
  }, [stale, router]);
  return form;
}

function LinkItem({ link, t }: { link: LinkCard; t: T }) {
  const approve = useLinkAction("shareLinks.approve");
  const revoke = useLinkAction("shareLinks.revoke");
  const error = approve.formError ?? revoke.formError;
  const busy = approve.pending || revoke.pending;
  const id = <input type="hidden" name="linkId" value={link.id} />;
  return (
    <div
      className={`flex flex-col gap-3 rounded-2xl border bg-surface p-4 ${link.canApprove ? "border-accent" : "border-line"}`}
      data-testid={link.canApprove ? "share-link-for-me" : "share-link"}
      data-status={link.status}
    >
      <div>
        <p className="font-semibold break-words">{link.title}</p>
        {link.lines.map((line) => (
          <p key={line} className="text-muted">
            {line}
          </p>
        ))}
      </div>
      {error ? <Notice tone="calm">{error}</Notice> : null}
      {link.canApprove ? (
        <div className="grid grid-cols-2 gap-3">
          <form onSubmit={revoke.onSubmit}>
            {id}
            <Button type="submit" variant="secondary" className="w-full" disabled={busy}>
              {t("panel.decline")}
            </Button>
          </form>
          <form onSubmit={approve.onSubmit}>
            {id}
            <Button type="submit" className="w-full" disabled={busy} data-testid="share-approve">
              {t("panel.approve")}
            </Button>
          </form>
        </div>
      ) : link.canRevoke ? (
        <form onSubmit={revoke.onSubmit}>
          {id}
          <Button type="submit" variant="secondary" className="w-full" disabled={busy} data-testid="share-revoke">
            {link.status === "active" ? t("panel.turnOffNow") : t("panel.turnOff")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}

function ProposeLink({ partnerName, t }: { partnerName: string; t: T }) {
  const router = useRouter();
  const [created, setCreated] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const propose = useOperationForm("shareLinks.propose", (data, form) => {
    setCreated(data.url);
    setCopied(false);
    form.reset();
    router.refresh();
  });

  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const share = async () => {
    if (!created) return;
    if (navigator.share) {
      try {
        await navigator.share({ title: t("panel.shareTitle"), url: created });
        return;
      } catch (err) {
        if ((err as Error).name === "AbortError") return;
      }
    }
    await copy();
  };

  if (created) {
    return (
      <div className="flex flex-col gap-3 rounded-2xl border border-calm bg-calm-soft p-4" data-testid="share-link-created">
        <p>{t("panel.shownOnce", { partner: partnerName })}</p>
        <p className="rounded-xl border border-line bg-surface px-3 py-3 font-mono text-sm break-all select-all" data-testid="share-link-url" translate="no">
          {created}
        </p>
        <div className="grid grid-cols-2 gap-3">
          <Button type="button" onClick={share}>
            {t("panel.share")}
          </Button>
          <Button type="button" variant="secondary" onClick={copy}>
            {copied ? t("panel.copied") : t("panel.copy")}
          </Button>
        </div>
        <p role="status" className="sr-only">
          {copied ? t("panel.copiedStatus") : ""}
        </p>
        <Button type="button" variant="quiet" onClick={() => setCreated(null)}>
          {t("panel.done")}
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={propose.onSubmit} noValidate className="flex flex-col gap-4" data-testid="share-propose">
      {propose.formError && !Object.keys(propose.fieldErrors).length ? <Notice tone="error">{propose.formError}</Notice> : null}
      <Field label={t("panel.nameLabel")} hint={t("panel.nameHint")} name="therapistName" maxLength={THERAPIST_NAME_MAX} autoComplete="off" errors={propose.fieldErrors.therapistName} />
      <Field
        label={t("panel.daysLabel")}
        hint={t("panel.daysHint", { min: SHARE_DAYS.min, max: SHARE_DAYS.max })}
        name="days"
        type="number"
        inputMode="numeric"
        min={SHARE_DAYS.min}
        max={SHARE_DAYS.max}
        defaultValue={SHARE_DAYS.default}
        errors={propose.fieldErrors.days}
      />
      <Button type="submit" variant="secondary" disabled={propose.pending}>
        {t("panel.propose", { partner: partnerName })}
      </Button>
    </form>
  );
}
