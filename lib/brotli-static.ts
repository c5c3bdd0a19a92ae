import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join, relative, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
};

interface Compressed {
  path: string;
  type: string;
  size: number;
}

/** Does this Accept-Encoding take br (and not with q=0)? */
export function acceptsBrotli(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  return value.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding?.trim() !== "br") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return !q || Number(q.slice(2)) > 0;
  });
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.name.endsWith(".br")) yield path;
  }
}

/**
 * Serves the build's Brotli copies of `/_next/static` JavaScript and CSS (made at build time by
 * scripts/precompress-static.mjs) to browsers that accept br; returns false for anything else, which
 * Next then serves (gzip) as before. Only files listed at boot are served: the URL is a map key,
 * never a path on disk. Static chunk names carry a content hash, so they are cached for a year.
 */
export function brotliStatic(distDir = ".next"): { handle: (req: IncomingMessage, res: ServerResponse) => boolean; files: number } {
  const root = join(distDir, "static");
  const files = new Map<string, Compressed>();
  if (existsSync(root)) {
    for (const path of walk(root)) {
      const original = path.slice(0, -".br".length);
      const type = TYPES[original.slice(original.lastIndexOf("."))];
      if (!type || !existsSync(original)) continue;
      const url = `/_next/static/${relative(root, original).split(sep).join("/")}`;
      files.set(url, { path, type, size: statSync(path).size });
    }
  }
  const handle = (req: IncomingMessage, res: ServerResponse): boolean => {
    if ((req.method !== "GET" && req.method !== "HEAD") || !req.url?.startsWith("/_next/static/")) return false;
    const file = files.get(req.url.split("?")[0]!);
    if (!file || !acceptsBrotli(req.headers["accept-encoding"])) return false;
    res.writeHead(200, {
      "Content-Type": file.type,
      "Content-Encoding": "br",
      "Content-Length": file.size,
      "Cache-Control": "public, max-age=31536000, immutable",
      Vary: "Accept-Encoding",
      "X-Content-Type-Options": "nosniff",
    });
    if (req.method === "HEAD") {
      res.end();
      return true;
    }
    createReadStream(file.path)
      .on("error", () => res.destroy())
      .pipe(res);
    return true;
  };
  return { handle, files: files.size };
}
