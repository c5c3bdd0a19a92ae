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
import { TOKENS_COPY as T } from "./tokens-copy";

export interface TokenRow {
  id: string;
  name: string;
  scope: TokenScope;
  hint: string;
  lastUsed: string | null;
}

function Revoke({ token }: { token: TokenRow }) {
  const router = useRouter();
  const { onSubmit, pending, formError } = useOperationForm("tokens.revoke", () => router.refresh());
  return (
    <form onSubmit={onSubmit} className="flex flex-col items-end gap-1">
      <input type="hidden" name="tokenId" value={token.id} />
      <Button type="submit" variant="secondary" className="min-h-11 px-3 text-sm whitespace-nowrap" disabled={pending} aria-label={T.revokeLabel(token.name)}>
        {T.revoke}
      </Button>
      {formError ? <p className="text-sm text-danger">{formError}</p> : null}
    </form>
  );
}

/** Me → Tokens & shortcuts: make a token (shown once, with the phone recipes filled in), see them with their last use, turn one off. */
export function TokensSection({ tokens, apiBase, canCreate }: { tokens: TokenRow[]; apiBase: string; canCreate: boolean }) {
  const router = useRouter();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const create = useOperationForm("tokens.create", (data, form) => {
    setCreated(data);
    form.reset();
    router.refresh();
  });

  return (
    <div className="flex flex-col gap-5">
      <p className="text-muted">{T.intro}</p>
      {created ? (
        <div className="flex flex-col gap-4" data-testid="new-token">
          <Notice tone="calm">{T.shownOnce}</Notice>
          <CopyValue label={T.secretLabel(created.name)} value={created.secret} testId="token-secret" />
          <TokenRecipes apiBase={apiBase} secret={created.secret} scope={created.scope} />
          <Button type="button" variant="secondary" onClick={() => setCreated(null)}>
            {T.done}
          </Button>
        </div>
      ) : canCreate ? (
        <form onSubmit={create.onSubmit} className="flex flex-col gap-4" noValidate>
          {create.formError ? <Notice tone="error">{create.formError}</Notice> : null}
          <Field label={T.name.label} hint={T.name.hint} name="name" placeholder={T.name.placeholder} maxLength={TOKEN_NAME_MAX} autoComplete="off" errors={create.fieldErrors.name} />
          <Choices legend={T.scope.legend} name="scope" options={T.scope.options} defaultValue="pause" errors={create.fieldErrors.scope} />
          <Button type="submit" disabled={create.pending}>
            {create.pending ? T.creating : T.create}
          </Button>
        </form>
      ) : (
        <p className="text-muted">{T.needsCouple}</p>
      )}

      <ul className="flex flex-col divide-y divide-line" data-testid="tokens">
        {tokens.length === 0 ? <li className="py-3 text-sm text-muted">{T.empty}</li> : null}
        {tokens.map((t) => (
          <li key={t.id} className="flex items-center justify-between gap-3 py-3">
            <div className="min-w-0">
              <p className="truncate font-medium">{t.name}</p>
              <p className="text-sm text-muted">
                {T.scopeLabel[t.scope]} · <span className="font-mono">{t.hint}…</span>
              </p>
              <p className="text-sm text-muted">{T.lastUsed(t.lastUsed)}</p>
            </div>
            <Revoke token={t} />
          </li>
        ))}
      </ul>
      {created ? null : <TokenRecipes apiBase={apiBase} secret={null} scope="pause" />}
      <p className="text-sm text-muted">{T.stops}</p>
      <Link href="/developers/api" className={buttonClass("quiet", "self-start px-0")} prefetch={false}>
        {T.reference}
      </Link>
    </div>
  );
}
