import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { build } from "esbuild";
import { LOCALES } from "../i18n/config";
import { messagesFor } from "../i18n/messages";

/** Where the worker's source starts; everything it imports is bundled into one classic script. */
export const WORKER_ENTRY = "lib/pwa/sw/entry.ts";
const VERSION_TOKEN = "__steady_sw_version_token__";

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/**
 * Bundles the service worker (esbuild, already the server's compiler). Its version is a hash of
 * its own code and of the build's file names, so each deploy installs a new worker, which drops
 * the caches of the previous build (their pages point at build files that no longer exist).
 */
export async function buildWorker(root = process.cwd(), { minify = true } = {}): Promise<{ code: string; version: string }> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, WORKER_ENTRY)],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify,
    legalComments: "none",
    charset: "utf8", // served as UTF-8 (app/sw.js/route.ts): words stay readable, not \u-escaped
    define: {
      __STEADY_SW_VERSION__: JSON.stringify(VERSION_TOKEN),
      // The one sentence the worker says itself, in every language (not the whole catalogue).
      __STEADY_SW_BARE_OFFLINE__: JSON.stringify(Object.fromEntries(LOCALES.map((l) => [l, messagesFor(l).pwa.offlinePage.bare]))),
    },
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.text;
  const version = createHash("sha256").update(code).update(listFiles(join(root, ".next", "static")).join("\n")).digest("hex").slice(0, 12);
  return { code: code.replaceAll(VERSION_TOKEN, version), version };
}
