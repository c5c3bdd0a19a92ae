// The custom server (server.ts and the lib/ code it loads) compiled ahead of time into dist/, so
// production runs plain `node dist/server.js`: no TypeScript loader in the serving process (its
// module-hooks thread and transpile caches cost ~75 MB resident). Packages stay in node_modules;
// dynamic imports stay lazy as their own chunks (the migration engine loads only when needed).
import { rmSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

export const SERVER_OUT_DIR = "dist";

export async function buildServer() {
  rmSync(SERVER_OUT_DIR, { recursive: true, force: true });
  await build({
    entryPoints: ["server.ts"],
    outdir: SERVER_OUT_DIR,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    logLevel: "warning",
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildServer();
  console.log(`[steady] server compiled to ${SERVER_OUT_DIR}/server.js`);
}
