// Brotli copies of the build's static JavaScript and CSS (`<file>.br` beside each), made once at
// build time at the highest quality; server.ts serves them to browsers that accept br
// (lib/brotli-static.ts), and Next's own gzip serves everyone else. Run after `next build`.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants } from "node:zlib";

const compress = promisify(brotliCompress);
function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (/\.(js|css)$/.test(entry.name)) yield path;
  }
}

export async function precompressStatic(root = ".next/static") {
  if (!existsSync(root)) throw new Error(`${root} does not exist: run next build first`);
  let before = 0;
  let after = 0;
  let files = 0;
  const queue = [...walk(root)];
  const worker = async () => {
    for (let path = queue.shift(); path; path = queue.shift()) {
      const source = readFileSync(path);
      const target = `${path}.br`;
      if (existsSync(target) && statSync(target).mtimeMs >= statSync(path).mtimeMs) continue;
      const br = await compress(source, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
        },
      });
      if (br.length >= source.length) continue;
      writeFileSync(target, br);
      files += 1;
      before += source.length;
      after += br.length;
    }
  };
  // Two at a time: the machine this runs on may have two cores.
  await Promise.all([worker(), worker()]);
  return { files, before, after };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { files, before, after } = await precompressStatic();
  console.log(`[steady] brotli: ${files} static files, ${(before / 1024).toFixed(0)} kB → ${(after / 1024).toFixed(0)} kB`);
}
