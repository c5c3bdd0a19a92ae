import type { TokenScope } from "@/lib/tokens/constants";
import { CopyValue } from "./copy-value";
import { TOKENS_COPY } from "./tokens-copy";

const R = TOKENS_COPY.recipes;

/**
 * "Add to your phone": what to type into iOS Shortcuts or Android's HTTP Shortcuts — the URL,
 * the method and the header — with the new token filled in once it exists.
 */
export function TokenRecipes({ apiBase, secret, scope }: { apiBase: string; secret: string | null; scope: TokenScope }) {
  const read = scope === "read";
  const url = `${apiBase}${read ? "/pause" : "/pause/start"}`;
  const method = read ? "GET" : "POST";
  const values = (
    <div className="flex flex-col gap-3">
      <CopyValue label={R.url} value={url} testId="recipe-url" />
      <CopyValue label={R.method} value={method} />
      <CopyValue label={R.headerName} value="Authorization" />
      <CopyValue label={R.headerValue} value={`Bearer ${secret ?? R.yourToken}`} testId="recipe-header" />
      {read ? <p className="text-sm text-muted">{R.readNote}</p> : null}
    </div>
  );
  return (
    <div className="flex flex-col gap-3" data-testid="recipes">
      <h3 className="text-base font-semibold">{R.title}</h3>
      {[R.ios, R.android].map((recipe) => (
        <details key={recipe.title} className="group rounded-2xl border border-line px-4">
          <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between gap-3 py-2 font-medium [&::-webkit-details-marker]:hidden">
            {recipe.title}
            <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-90">
              ›
            </span>
          </summary>
          <ol className="mb-3 ml-5 list-decimal space-y-1 text-sm text-muted">
            {recipe.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <div className="mb-4">{values}</div>
        </details>
      ))}
    </div>
  );
}
