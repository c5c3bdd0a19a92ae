import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import { acceptsBrotli, brotliStatic } from "./brotli-static";

describe("acceptsBrotli", () => {
  it("takes br wherever it stands in the list, and refuses q=0 and look-alikes", () => {
    expect(acceptsBrotli("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsBrotli("br;q=0.5, gzip")).toBe(true);
    expect(acceptsBrotli("gzip, br;q=0")).toBe(false);
    expect(acceptsBrotli("gzip, deflate")).toBe(false);
    expect(acceptsBrotli("brotli, xbr")).toBe(false);
    expect(acceptsBrotli(undefined)).toBe(false);
  });
});

describe("brotliStatic over real HTTP", () => {
  const dist = mkdtempSync(join(tmpdir(), "steady-br-"));
  const js = "console.log('steady');".repeat(200);
  let server: Server;
  let base: string;
  beforeAll(async () => {
    mkdirSync(join(dist, "static", "chunks"), { recursive: true });
    writeFileSync(join(dist, "static", "chunks", "a1.js"), js);
    writeFileSync(join(dist, "static", "chunks", "a1.js.br"), brotliCompressSync(js));
    // A .br without its original, and a file type the server does not serve compressed.
    writeFileSync(join(dist, "static", "chunks", "orphan.js.br"), brotliCompressSync(js));
    writeFileSync(join(dist, "static", "chunks", "font.woff2"), "x");
    writeFileSync(join(dist, "static", "chunks", "font.woff2.br"), brotliCompressSync("x"));
    const { handle, files } = brotliStatic(dist);
    expect(files).toBe(1);
    server = createServer((req, res) => {
      if (!handle(req, res)) res.writeHead(299, { "Content-Type": "text/plain" }).end("next");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dist, { recursive: true, force: true });
  });

  const get = async (path: string, encoding: string, method = "GET") => {
    // fetch would decode br itself: read the raw bytes through node:http instead.
    const { request } = await import("node:http");
    return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      // The path goes out as written (a URL would be normalised first).
      const { hostname, port } = new URL(base);
      const req = request({ hostname, port, path, method, headers: { "accept-encoding": encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on("error", reject);
      req.end();
    });
  };

  it("sends the Brotli copy to a browser that accepts br, cached for a year", async () => {
    const res = await get("/_next/static/chunks/a1.js?dpl=1", "gzip, deflate, br");
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toMatch(/^application\/javascript/);
    expect(res.headers.vary).toBe("Accept-Encoding");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(brotliDecompressSync(res.body).toString()).toBe(js);
  });

  it("answers HEAD with the headers only", async () => {
    const res = await get("/_next/static/chunks/a1.js", "br", "HEAD");
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.body.length).toBe(0);
  });

  it("leaves everything else to Next: no br, unknown files, other types, paths outside static", async () => {
    expect((await get("/_next/static/chunks/a1.js", "gzip")).status).toBe(299);
    expect((await get("/_next/static/chunks/orphan.js", "br")).status).toBe(299);
    expect((await get("/_next/static/chunks/font.woff2", "br")).status).toBe(299);
    expect((await get("/_next/static/chunks/x/../a1.js", "br")).status).toBe(299);
    expect((await get("/today", "br")).status).toBe(299);
  });
});
