import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Bytes of one static file, raw and compressed as the server sends it (gzip level 6 like Next, br 11 like the build). */
export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  br: number;
}

const cache = new Map<string, FileSize>();

export function sizeOf(distDir: string, file: string): FileSize | null {
  const key = `${distDir}:${file}`;
  const known = cache.get(key);
  if (known) return known;
  const path = join(distDir, file);
  if (!existsSync(path)) return null;
  const body = readFileSync(path);
  const size = {
    file,
    raw: body.length,
    gzip: gzipSync(body, { level: 6 }).length,
    br: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
    }).length,
  };
  cache.set(key, size);
  return size;
}

/**
 * The framework floor: the chunks every page loads (React DOM, the Next.js runtime, Turbopack's
 * runtime), read from the build's manifest (`rootMainFiles`). Polyfills are `noModule`: modern
 * browsers never fetch them.
 */
export function frameworkFloor(distDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  return manifest.rootMainFiles;
}

/** The build's static files a page's HTML asks for (`/_next/static/…` scripts), in order. */
export function scriptsInHtml(html: string): string[] {
  const found = new Set<string>();
  // <script src> and <link rel=preload as=script href>: attributes, not the escaped copies in the RSC
  // payload; `noModule` polyfills are skipped (modern browsers never fetch them).
  for (const tag of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    if (/\snomodule\b/i.test(tag[0])) continue;
    const match = /\s(?:src|href)="\/_next\/(static\/[^"?]+\.js)/.exec(tag[0]);
    if (match) found.add(match[1]!);
  }
  return [...found];
}

export function sum(sizes: (FileSize | null)[]): { raw: number; gzip: number; br: number } {
  return sizes.reduce<{ raw: number; gzip: number; br: number }>(
    (acc, s) => (s ? { raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip, br: acc.br + s.br } : acc),
    { raw: 0, gzip: 0, br: 0 },
  );
}

// ---- source maps: which modules the bytes of a chunk come from ----------------------------------

const B64 = new Map([..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"].map((c, i) => [c, i]));

/** Decodes one mappings segment (base64 VLQ) into its numbers. */
export function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = B64.get(char);
    if (digit === undefined) throw new Error(`bad VLQ character ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return out;
}

interface RawMap {
  sources?: string[];
  mappings?: string;
  sections?: { offset: { line: number; column: number }; map: RawMap }[];
}

/**
 * Attributes each character of a generated file to the source its mapping points at (a segment
 * covers the characters up to the next segment). Index maps (`sections`, as Turbopack writes them)
 * are walked section by section. Returns characters per source.
 */
export function attribute(code: string, map: RawMap): Map<string, number> {
  const lineStart = [0];
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 10) lineStart.push(i + 1);
  const at = (line: number, column: number) => (lineStart[line] ?? code.length) + column;
  const spans: { start: number; source: string }[] = [];
  const walk = (m: RawMap, line0: number, column0: number) => {
    if (m.sections) {
      for (const section of m.sections) {
        walk(section.map, line0 + section.offset.line, section.offset.line === 0 ? column0 + section.offset.column : section.offset.column);
      }
      return;
    }
    const sources = m.sources ?? [];
    let sourceIndex = 0;
    (m.mappings ?? "").split(";").forEach((lineMappings, i) => {
      const line = line0 + i;
      let column = i === 0 ? column0 : 0;
      for (const segment of lineMappings.split(",")) {
        if (!segment) continue;
        const fields = decodeVlq(segment);
        column += fields[0]!;
        if (fields.length >= 4) sourceIndex += fields[1]!;
        spans.push({ start: at(line, column), source: fields.length >= 4 ? (sources[sourceIndex] ?? "(unknown)") : "(unmapped)" });
      }
    });
  };
  walk(map, 0, 0);
  spans.sort((a, b) => a.start - b.start);
  const bytes = new Map<string, number>();
  const add = (source: string, n: number) => n > 0 && bytes.set(source, (bytes.get(source) ?? 0) + n);
  add("(unmapped)", spans[0]?.start ?? code.length);
  spans.forEach((span, i) => add(span.source, (spans[i + 1]?.start ?? code.length) - span.start));
  return bytes;
}

/** A readable module name: the npm package (`zod`, `next/…`), or the app's own path. */
export function moduleName(source: string): string {
  const path = decodeURIComponent(source.replace(/^[a-z]+:\/\/\/?/i, "").replace(/^\[project\]\//, ""));
  const nm = path.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = path.slice(nm + "node_modules/".length).split("/");
    const pkg = rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
    // Next is large and many-parted: keep one more level so the runtime and the router show apart.
    if (pkg === "next") return `next/${rest.slice(1, 3).join("/")}`;
    return pkg;
  }
  return path.replace(/^.*?\/(app|components|lib)\//, "$1/").replace(/\s+\[.*$/, "");
}

/** Modules of one chunk by raw minified bytes, from its `.map` (null when the build has no maps). */
export function modulesOf(distDir: string, file: string): Map<string, number> | null {
  const path = join(distDir, file);
  if (!existsSync(path)) return null;
  const code = readFileSync(path, "utf8");
  // Turbopack names a chunk's map after its own hash: follow the chunk's sourceMappingURL comment.
  const mapName = /\/\/# sourceMappingURL=([^\s]+)\s*$/.exec(code)?.[1];
  const mapPath = mapName && !mapName.startsWith("data:") ? join(dirname(path), mapName) : null;
  if (!mapPath || !existsSync(mapPath)) return null;
  const raw = attribute(code, JSON.parse(readFileSync(mapPath, "utf8")) as RawMap);
  const byModule = new Map<string, number>();
  for (const [source, n] of raw) byModule.set(moduleName(source), (byModule.get(moduleName(source)) ?? 0) + n);
  return byModule;
}
