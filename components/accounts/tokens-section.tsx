"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Choices } from "@/components/agreements/controls";
import { useOperationForm } from "@/components/forms/use-operation-form";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { TOKEN_NAME_MAX, type TokenScope } from "@/lib/tokens/constants";
import type { CreatedToken } from "@/lib/tokens/mutations";
import { CopyValue } from "./copy-value";
import { TokenRecipes } from "./token-recipes";
import type { KeyIn } from "@/lib/i18n/keys";
import { wordsT, type Words, type WordsT } from "@/lib/i18n/words";

export interface TokenRow {
  id: string;
  name: string;
  scope: TokenScope;
  hint: string;
  lastUsed: string | null;
}

function Revoke({ token, t }: { token: TokenRow; t: WordsT<KeyIn<"tokens">> }) {
  const router = useRouter();
  const { onSubmit, pending, formError } = useOperationForm("tokens.revoke", () => router.refresh());
  return (
    <form onSubmit={onSubmit} className="flex flex-col items-end gap-1">
      <input type="hidden" name="tokenId" value={token.id} />
      <Button type="submit" variant="secondary" className="min-h-11 px-3 text-sm whitespace-nowrap" disabled={pending} aria-label={t("revokeLabel", { name: token.name })}>
        {t("revoke")}
      </Button>
      {formError ? <p className="text-sm text-danger">{formError}</p> : null}
    </form>
  );
}

/** Me → Tokens & shortcuts: make a token (shown once, with the phone recipes filled in), see them with their last use, turn one off. */
export function TokensSection({ tokens, apiBase, canCreate, words }: { tokens: TokenRow[]; apiBase: string; canCreate: boolean; words: Words<KeyIn<"tokens">> }) {
  const t = wordsT(words);
  const router = useRouter();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const create = useOperationForm("tokens.create", (data, form) => {
    setCreated(data);
    form.reset();
    router.refresh();
  });

  return (
    <div className="flex flex-col gap-5">
      <p className="text-muted">{t("intro")}</p>
      {created ? (
        <div className="flex flex-col gap-4" data-testid="new-token">
          <Notice tone="calm">{t("shownOnce")}</Notice>
          <CopyValue label={t("secretLabel", { name: created.name })} value={created.secret} testId="token-secret" t={t} />
          <TokenRecipes apiBase={apiBase} secret={created.secret} scope={created.scope} t={t} />
          <Button type="button" variant="secondary" onClick={() => setCreated(null)}>
            {t("done")}
          </Button>
        </div>
      ) : canCreate ? (
        <form onSubmit={create.onSubmit} className="flex flex-col gap-4" noValidate>
          {create.formError ? <Notice tone="error">{create.formError}</Notice> : null}
          <Field label={t("nameLabel")} hint={t("nameHint")} name="name" placeholder={t("namePlaceholder")} maxLength={TOKEN_NAME_MAX} autoComplete="off" errors={create.fieldErrors.name} />
          <Choices
            legend={t("scopeLegend")}
            name="scope"
            options={[
              { value: "pause", label: t("scopePause") },
              { value: "read", label: t("scopeRead") },
            ]}
            defaultValue="pause"
            errors={create.fieldErrors.scope}
          />
          <Button type="submit" disabled={create.pending} data-testid="token-create">
            {create.pending ? t("creating") : t("create")}
          </Button>
        </form>
      ) : (
        <p className="text-muted">{t("needsCouple")}</p>
      )}

      <ul className="flex flex-col divide-y divide-line" data-testid="tokens">
        {tokens.length === 0 ? <li className="py-3 text-sm text-muted">{t("empty")}</li> : null}
        {tokens.map((token) => (
          <li key={token.id} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2 py-3">
            {/* At least 10rem for the name: with larger text or longer words the button goes below instead of squeezing it to nothing. */}
            <div className="min-w-0 flex-[1_1_10rem]">
              <p className="font-medium break-words">{token.name}</p>
              <p className="text-sm text-muted">
                {token.scope === "read" ? t("scopeLabelRead") : t("scopeLabelPause")} ·{" "}
                <span className="font-mono" translate="no">
                  {token.hint}…
                </span>
              </p>
              <p className="text-sm text-muted">{token.lastUsed ? t("lastUsed", { when: token.lastUsed }) : t("notUsed")}</p>
            </div>
            <Revoke token={token} t={t} />
          </li>
        ))}
      </ul>
      {created ? null : <TokenRecipes apiBase={apiBase} secret={null} scope="pause" t={t} />}
      <p className="text-sm text-muted">{t("stops")}</p>
      <Link href="/developers/api" className={buttonClass("quiet", "self-start px-0")} prefetch={false}>
        {t("reference")}
      </Link>
    </div>
  );
}
