// `npm start`: build when the production build is missing or older than the sources, then serve
// it. Plain JavaScript on purpose: the serving process loads no TypeScript loader.
// server.ts applies pending migrations before it accepts requests.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildServer, SERVER_OUT_DIR } from "./build-server.mjs";
import { precompressStatic } from "./precompress-static.mjs";

const NEXT_BUILD_ID = ".next/BUILD_ID";
const SERVER_ENTRY = join(SERVER_OUT_DIR, "server.js");
const APP_SOURCES = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const SERVER_SOURCES = ["server.ts", "lib", "tsconfig.json", "package-lock.json", "scripts/build-server.mjs"];
const SKIP = new Set(["generated", "node_modules", ".next"]);

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (SKIP.has(entry)) continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const stale = (file, sources) => builtAt(file) < Math.max(...sources.map(newest));

if (stale(NEXT_BUILD_ID, APP_SOURCES)) {
  console.log(builtAt(NEXT_BUILD_ID) ? "[steady] sources changed since the last build: building…" : "[steady] first start: building the app (about a minute)…");
  const result = spawnSync("node_modules/.bin/next", ["build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    console.error("[steady] the build failed; see the messages above.");
    process.exit(result.status ?? 1);
  }
  await precompressStatic();
}
if (stale(SERVER_ENTRY, SERVER_SOURCES)) await buildServer();

Object.assign(process.env, { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
await import(pathToFileURL(SERVER_ENTRY).href);
