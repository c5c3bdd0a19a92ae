import type { TokenScope } from "@/lib/tokens/constants";
import { CopyValue } from "./copy-value";
import type { KeyIn } from "@/lib/i18n/keys";
import { type WordsT } from "@/lib/i18n/words";

/**
 * "Add to your phone": what to type into iOS Shortcuts or Android's HTTP Shortcuts — the URL,
 * the method and the header — with the new token filled in once it exists.
 */
export function TokenRecipes({ apiBase, secret, scope, t }: { apiBase: string; secret: string | null; scope: TokenScope; t: WordsT<KeyIn<"tokens">> }) {
  const read = scope === "read";
  const url = `${apiBase}${read ? "/pause" : "/pause/start"}`;
  const method = read ? "GET" : "POST";
  const values = (
    <div className="flex flex-col gap-3">
      <CopyValue label={t("recipes.url")} value={url} testId="recipe-url" t={t} />
      <CopyValue label={t("recipes.method")} value={method} t={t} />
      <CopyValue label={t("recipes.headerName")} value="Authorization" t={t} />
      <CopyValue label={t("recipes.headerValue")} value={`Bearer ${secret ?? t("recipes.yourToken")}`} testId="recipe-header" t={t} />
      {read ? <p className="text-sm text-muted">{t("recipes.readNote")}</p> : null}
    </div>
  );
  return (
    <div className="flex flex-col gap-3" data-testid="recipes">
      <h3 className="text-base font-semibold">{t("recipes.title")}</h3>
      {(
        [
          { title: t("recipes.iosTitle"), steps: [t("recipes.ios1"), t("recipes.ios2"), t("recipes.ios3")] },
          { title: t("recipes.androidTitle"), steps: [t("recipes.android1"), t("recipes.android2"), t("recipes.android3")] },
        ] as const
      ).map((recipe) => (
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
