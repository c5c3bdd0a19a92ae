// npm run bench:web — Lighthouse (mobile profile: a mid-range phone on a slow 4G link, simulated)
// on the production build, signed in where a page needs it, plus what each page's JavaScript weighs.
// Prints figures; asserts nothing. Flags:
//   --reuse          serve the existing build (default: build first, with browser source maps)
//   --dir <path>     the checkout whose build to serve (default: this one; e.g. a worktree of main)
//   --runs <n>       Lighthouse runs per page (default 3; the median of each figure is printed)
//   --pages a,b      only these pages (names below)
//   --port <n>       the server's port (default BENCH_PORT or 3330)
//   --database <name> the (dropped and recreated) database (default steady_bench_web_<port>)
//   --json <dir>     also write each run's Lighthouse result there (<page>-<run>.json) for bootup-time, long tasks etc.
// Env: BENCH_ADMIN_URL (local PostgreSQL, default postgresql://postgres@127.0.0.1:5432/postgres), CHROME_PATH.
import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs, promisify } from "node:util";
import pg from "pg";
import { launchBrowser, runLighthouse, type Browser, type RunResult } from "./lighthouse";
import { frameworkFloor, modulesOf, scriptsInHtml, sizeOf, sum } from "./sizes";

const { values: args } = parseArgs({
  options: {
    reuse: { type: "boolean", default: false },
    dir: { type: "string", default: "." },
    runs: { type: "string", default: "3" },
    pages: { type: "string" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3330" },
    database: { type: "string" },
    json: { type: "string" },
  },
});

const PAGES = [
  { name: "landing", path: "/", signedIn: false },
  { name: "sign-in", path: "/signin", signedIn: false },
  { name: "sign-up", path: "/signup", signedIn: false },
  { name: "help", path: "/help", signedIn: false },
  { name: "today", path: "/today", signedIn: true },
  { name: "agreements", path: "/agreements", signedIn: true },
  { name: "check-in form", path: "/agreements/new/check-in", signedIn: true },
  { name: "pause", path: "/pause", signedIn: true },
  { name: "me", path: "/me", signedIn: true },
];

const DIR = resolve(args.dir);
const DIST = join(DIR, ".next");
const RUNS = Math.max(1, Number(args.runs));
const PORT = Number(args.port);
const URL_ = `http://127.0.0.1:${PORT}`;
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const CHROME_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";
const DB_NAME = args.database ?? `steady_bench_web_${PORT}`;
if (!/^[a-z_][a-z0-9_]*$/.test(DB_NAME)) throw new Error(`--database: not a plain database name: ${DB_NAME}`);
const DEMO = { email: "alex@demo.steady", password: "quiet harbour lantern 42" };
const say = (line: string) => console.log(`[bench:web] ${line}`);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

if (new URL(ADMIN_URL).hostname !== "127.0.0.1" && new URL(ADMIN_URL).hostname !== "localhost") {
  throw new Error("the bench only talks to a local PostgreSQL");
}

function build() {
  say(`building ${DIR} (next build with browser source maps, Brotli copies, server)`);
  const run = spawnSync("npm", ["run", "build"], {
    cwd: DIR,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", STEADY_SOURCE_MAPS: "1" },
  });
  if (run.status !== 0) throw new Error("the build failed");
}

async function freshDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DB_NAME}`;
  return url.toString();
}

let log = "";
async function startServer(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["dist/server.js"], {
    cwd: DIR,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${log}`);
    const ok = await fetch(`${URL_}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    if (Date.now() > deadline) throw new Error(`the server did not become healthy:\n${log}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Signs in as the demo couple's first partner the way the browser does (csrf, then the credentials callback). */
async function signIn(): Promise<string> {
  const csrf = await fetch(`${URL_}/api/auth/csrf`);
  const csrfCookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${URL_}/api/auth/callback/credentials`, {
    signal: AbortSignal.timeout(60_000),
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.join("; ") },
    body: new URLSearchParams({ ...DEMO, csrfToken, callbackUrl: `${URL_}/today`, json: "true" }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((c) => /^steady\.session(\.\d+)?=./.test(c));
  if (!session.length) throw new Error(`sign-in failed (${res.status}): ${await res.text()}\n${log}`);
  return session.join("; ");
}

/** One Lighthouse run; a run whose trace Chrome failed to record (NO_NAVSTART under load) is run again, twice at most. */
async function measure(browser: Browser, url: string, cookie?: string, attempt = 1): Promise<RunResult> {
  try {
    return await runLighthouse(browser, url, cookie);
  } catch (err) {
    if (attempt >= 3) throw err;
    say(`${url}: ${(err as Error).message}; running it again`);
    return measure(browser, url, cookie, attempt + 1);
  }
}

interface PageReport {
  name: string;
  runs: RunResult[];
  firstLoad: string[];
  lazy: string[];
}

async function main() {
  if (!existsSync(CHROME_PATH)) throw new Error(`no Chromium at ${CHROME_PATH} (apt-get install -y chromium, or set CHROME_PATH)`);
  if (!args.reuse || !existsSync(join(DIST, "BUILD_ID")) || !existsSync(join(DIR, "dist/server.js"))) build();
  else say(`reusing the build in ${DIR}`);
  const pages = args.pages ? PAGES.filter((p) => args.pages!.split(",").includes(p.name)) : PAGES;
  say(`load average (1/5/15 min) before: ${load()}; ${RUNS} runs a page, ${pages.length} pages`);

  const databaseUrl = await freshDatabase();
  const secrets = { AUTH_SECRET: randomBytes(32).toString("base64url"), JOURNAL_KEY: randomBytes(32).toString("base64") };
  const server = await startServer({
    ...secrets,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(PORT),
    HOST: "127.0.0.1",
    APP_URL: URL_,
    DATABASE_URL: databaseUrl,
    REDIS_URL: "",
    RATE_LIMIT_SCALE: "10000",
    LOG_LEVEL: "warn",
  });
  const browser = await launchBrowser(CHROME_PATH);
  try {
    // The server migrated the fresh database at boot; the demo couple (prisma/seed) goes in after.
    // Not spawnSync: a blocked loop would let the server close fetch's kept-alive socket unnoticed.
    await promisify(execFile)(join(DIR, "node_modules/.bin/tsx"), ["prisma/seed.ts"], {
      cwd: DIR,
      env: { ...process.env, ...secrets, NODE_ENV: "development", DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" },
    });
    const cookie = await signIn();
    const floor = frameworkFloor(DIST);
    const reports: PageReport[] = [];
    for (const page of pages) {
      const headers = page.signedIn ? { cookie } : undefined;
      const html = await fetch(`${URL_}${page.path}`, { headers, redirect: "manual" }).then(async (r) => {
        if (r.status !== 200) throw new Error(`${page.path} answered ${r.status}`);
        return r.text();
      });
      const firstLoad = scriptsInHtml(html);
      const runs: RunResult[] = [];
      for (let i = 0; i < RUNS; i++) {
        const run = await measure(browser, `${URL_}${page.path}`, page.signedIn ? cookie : undefined);
        if (args.json) {
          mkdirSync(args.json, { recursive: true });
          writeFileSync(join(args.json, `${page.name.replace(/\W+/g, "-")}-${i + 1}.json`), JSON.stringify(run.lhr));
        }
        runs.push({ ...run, lhr: null });
      }
      const fetched = new Set(runs.flatMap((r) => r.scripts.map((s) => new URL(s.url).pathname.replace(/^\/_next\//, ""))));
      const lazy = [...fetched].filter((f) => f.startsWith("static/") && !firstLoad.includes(f));
      reports.push({ name: page.name, runs, firstLoad, lazy });
      const perf = median(runs.map((r) => r.scores.performance));
      say(`${page.name}: performance ${runs.map((r) => r.scores.performance).join(", ")} (median ${perf}); load ${load()}`);
    }
    print(reports, floor);
  } finally {
    await browser.close();
    server.kill("SIGTERM");
  }
  say(`load average (1/5/15 min) after: ${load()}`);
}

function print(reports: PageReport[], floor: string[]) {
  const floorSize = sum(floor.map((f) => sizeOf(DIST, f)));
  console.log("");
  console.log(
    `Framework floor (build-manifest rootMainFiles, ${floor.length} chunks on every page): ${kb(floorSize.gzip)} kB gzip, ${kb(floorSize.br)} kB br, ${kb(floorSize.raw)} kB raw`,
  );
  console.log("");
  console.log(
    "| page | Perf | A11y | BP | SEO | LCP s | TBT ms | CLS | JS on the wire kB | first-load JS gz / br kB | above floor gz / br kB | loaded later gz kB |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of reports) {
    const m = (f: (x: RunResult) => number) => median(r.runs.map(f));
    const first = sum(r.firstLoad.map((f) => sizeOf(DIST, f)));
    const above = sum(r.firstLoad.filter((f) => !floor.includes(f)).map((f) => sizeOf(DIST, f)));
    const later = sum(r.lazy.map((f) => sizeOf(DIST, f)));
    const wire = m((x) => x.scripts.filter((s) => s.url.includes("/_next/static/")).reduce((n, s) => n + s.transfer, 0));
    console.log(
      `| ${r.name} | ${m((x) => x.scores.performance)} | ${m((x) => x.scores.accessibility)} | ${m((x) => x.scores["best-practices"])} | ${m((x) => x.scores.seo)} | ${(m((x) => x.lcpMs) / 1000).toFixed(2)} | ${Math.round(m((x) => x.tbtMs))} | ${m((x) => x.cls).toFixed(3)} | ${kb(wire)} | ${kb(first.gzip)} / ${kb(first.br)} | ${kb(above.gzip)} / ${kb(above.br)} | ${kb(later.gzip)} |`,
    );
  }
  console.log("");
  console.log("Main-thread work, median ms under Lighthouse's CPU slowdown (mainthread-work-breakdown):");
  console.log("| page | total | script evaluation | style & layout | parse HTML & CSS | script parsing & compilation | rendering | other | garbage collection |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const r of reports) {
    const m = (group: string) => Math.round(median(r.runs.map((x) => x.mainThread[group] ?? 0)));
    console.log(
      `| ${r.name} | ${m("total")} | ${m("scriptEvaluation")} | ${m("styleLayout")} | ${m("parseHTML")} | ${m("scriptParseCompile")} | ${m("paintCompositeRender")} | ${m("other")} | ${m("garbageCollection")} |`,
    );
  }
  console.log("");
  console.log("What Lighthouse flags (runs that flagged it / runs):");
  for (const r of reports) {
    const counts = new Map<string, number>();
    for (const run of r.runs)
      for (const f of new Set(run.failing.map((x) => x.replace(/ \(\d+ ms\)$/, "")))) counts.set(f, (counts.get(f) ?? 0) + 1);
    console.log(`  ${r.name}: ${[...counts].map(([f, n]) => `${f} ${n}/${r.runs.length}`).join("; ") || "nothing"}`);
  }

  // The largest modules above the floor, from the chunks' source maps.
  const aboveFloor = new Set(reports.flatMap((r) => [...r.firstLoad, ...r.lazy]).filter((f) => !floor.includes(f)));
  const modules = new Map<string, { bytes: number; pages: Set<string> }>();
  let mapped = 0;
  for (const file of aboveFloor) {
    const byModule = modulesOf(DIST, file);
    if (!byModule) continue;
    mapped += 1;
    const pagesWith = reports
      .filter((r) => r.firstLoad.includes(file) || r.lazy.includes(file))
      .map((r) => (r.firstLoad.includes(file) ? r.name : `${r.name} (later)`));
    for (const [name, bytes] of byModule) {
      const entry = modules.get(name) ?? { bytes: 0, pages: new Set<string>() };
      entry.bytes += bytes;
      for (const p of pagesWith) entry.pages.add(p);
      modules.set(name, entry);
    }
  }
  console.log("");
  if (!mapped) console.log("Largest modules: no source maps in this build (build without --reuse to get them).");
  else {
    console.log(`Largest modules above the floor (raw minified kB, from ${mapped} chunks' source maps):`);
    for (const [name, m] of [...modules].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 15)) {
      const where = m.pages.size === reports.length ? "every page" : [...m.pages].join(", ");
      console.log(`  ${kb(m.bytes).padStart(7)}  ${name}  — ${where}`);
    }
    const floorModules = new Map<string, number>();
    for (const file of floor)
      for (const [name, bytes] of modulesOf(DIST, file) ?? []) floorModules.set(name, (floorModules.get(name) ?? 0) + bytes);
    console.log("Largest modules in the floor (raw minified kB):");
    for (const [name, bytes] of [...floorModules].sort((a, b) => b[1] - a[1]).slice(0, 6))
      console.log(`  ${kb(bytes).padStart(7)}  ${name}`);
  }
}

main().catch((err: unknown) => {
  console.error(
    `[bench:web] ${err instanceof Error ? `${err.message}${err.cause ? ` (${String(err.cause)})` : ""}\n${err.stack}` : String(err)}\nserver log:\n${log}`,
  );
  process.exit(1);
});
