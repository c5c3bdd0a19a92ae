import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];

export interface RunResult {
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Every script the page fetched during the run, with the bytes on the wire (what the server sent). */
  scripts: { url: string; transfer: number; encoding: string | null }[];
  /** Audits that cost points (weight > 0, score < 1), by category, e.g. "best-practices: errors-in-console". */
  failing: string[];
  /** Main-thread time by kind (Lighthouse's mainthread-work-breakdown, ms under its CPU slowdown) and in total. */
  mainThread: Record<string, number>;
  /** The whole Lighthouse result, for --json. */
  lhr: unknown;
}

export interface Browser {
  port: number;
  close: () => Promise<void>;
}

/** Debian's Chromium (or CHROME_PATH), headless, with the flags the e2e tests use. */
export async function launchBrowser(chromePath: string): Promise<Browser> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      "--disable-dev-shm-usage",
    ],
    logLevel: "silent",
  });
  return { port: chrome.port, close: async () => void chrome.kill() };
}

/** One Lighthouse run with its default (mobile, simulated throttling) settings. */
export async function runLighthouse(browser: Browser, url: string, cookie?: string): Promise<RunResult> {
  const result = await lighthouse(url, {
    port: browser.port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<
    Category,
    number
  >;
  const requests = ((lhr.audits["network-requests"]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []) as {
    url: string;
    resourceType?: string;
    transferSize?: number;
  }[];
  const scripts = requests
    .filter((r) => r.resourceType === "Script")
    .map((r) => ({ url: r.url, transfer: r.transferSize ?? 0, encoding: null as string | null }));
  const failing: string[] = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1 && c !== "performance") failing.push(`${c}: ${ref.id}`);
    }
  }
  // Performance: the opportunities and diagnostics Lighthouse flags (not the metrics themselves).
  for (const [id, audit] of Object.entries(lhr.audits)) {
    const details = audit.details as { type?: string; overallSavingsMs?: number } | undefined;
    if (details?.type === "opportunity" && (details.overallSavingsMs ?? 0) >= 50)
      failing.push(`performance: ${id} (${Math.round(details.overallSavingsMs!)} ms)`);
  }
  const breakdown = ((lhr.audits["mainthread-work-breakdown"]?.details as { items?: { group: string; duration: number }[] } | undefined)?.items ?? []);
  const mainThread: Record<string, number> = { total: numeric("mainthread-work-breakdown") };
  for (const item of breakdown) mainThread[item.group] = item.duration;
  return {
    mainThread,
    lhr,
    scores,
    lcpMs: numeric("largest-contentful-paint"),
    tbtMs: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    scripts,
    failing,
  };
}
