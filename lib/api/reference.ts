import "server-only";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Locale } from "../i18n/config";
import { wordsFor } from "../i18n/translate";
import { openApiDocument } from "./openapi";
import { API_BASE, OPENAPI_PATH } from "./routes";

/**
 * The interactive API reference: Scalar's standalone bundle (@scalar/api-reference, MIT), served
 * from node_modules by this app — no CDN, works offline — reading the OpenAPI document at its
 * stable URL. Scalar's own fonts, telemetry and AI features are off: nothing leaves the page.
 * The page speaks the reader's language: the document's prose is embedded in it (the JSON at
 * /api/v1/openapi.json stays English, for programs) and Scalar's own labels use its built-in
 * translations (it has Spanish; the pseudo-locale falls back to its English). Scalar draws where its
 * configuration is (before that script), so the region it owns is marked `data-third-party`.
 */
const PACKAGE = join(process.cwd(), "node_modules", "@scalar", "api-reference");
export const REFERENCE_PATH = "/developers/api";

let bundle: Promise<{ body: Buffer; version: string }> | undefined;

/** The bundle (4 MB), read once per process, with its version for the URL. */
export function referenceBundle() {
  bundle ??= Promise.all([readFile(join(PACKAGE, "dist", "browser", "standalone.js")), readFile(join(PACKAGE, "package.json"), "utf8")]).then(
    ([body, pkg]) => ({ body, version: (JSON.parse(pkg) as { version: string }).version }),
  );
  return bundle;
}

const CONFIGURATION = {
  withDefaultFonts: false,
  telemetry: false,
  showDeveloperTools: "never",
  mcp: { disabled: true },
  agent: { disabled: true },
  hideDarkModeToggle: false,
  documentDownloadType: "json",
};

const escapeHtml = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;");
const escapeAttr = (s: string) => s.replaceAll("&", "&amp;").replaceAll("'", "&#39;").replaceAll("<", "&lt;");

/** The page: Scalar reads its configuration from the inert JSON script; only the bundle runs, under this request's nonce. */
export async function referencePage(nonce: string, locale: Locale, origin: string): Promise<string> {
  const { version } = await referenceBundle();
  const { t } = wordsFor(locale, "developers");
  const configuration = {
    ...CONFIGURATION,
    content: openApiDocument(origin, locale),
    metaData: { title: t("page.title") },
    localization: { locale: locale === "es" ? "es" : "en" },
  };
  return `<!doctype html>
<html lang="${escapeAttr(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t("page.title"))}</title>
</head>
<body>
<div data-third-party="scalar">
<script id="api-reference" type="application/json" data-configuration='${escapeAttr(JSON.stringify(configuration))}'></script>
</div>
<script nonce="${escapeAttr(nonce)}" src="${REFERENCE_PATH}/reference.js?v=${encodeURIComponent(version)}"></script>
<noscript>${escapeHtml(t("page.noscript", { url: `${API_BASE}${OPENAPI_PATH}` }))}</noscript>
</body>
</html>`;
}
