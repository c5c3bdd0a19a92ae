import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";
import { API_BASE, createRouter } from "./routes";

type Doc = { openapi: string; paths: Record<string, Record<string, { operationId: string; security: unknown[] }>>; servers: { url: string }[] };
const doc = () => structuredClone(openApiDocument("https://steady.example")) as Doc;

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 by a maintained validator (which does catch a broken one)", async () => {
    const result = await validate(doc() as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result).toMatchObject({ valid: true, warnings: [], specification: "OpenAPI" });
    expect(doc().openapi).toBe("3.1.0");

    const broken = doc() as unknown as Record<string, unknown>;
    (broken.paths as Record<string, Record<string, Record<string, unknown>>>)["/pause/start"]!.post!.responses = "everything";
    expect((await validate(broken as never)).valid).toBe(false);
  });

  it("lists exactly the routes the catch-all serves, each with bearer security and its operation's name", () => {
    const router = createRouter();
    const served = router.routes.map((r) => `${r.method} ${r.path}`).sort();
    const documented = Object.entries(doc().paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(documented).toEqual(served);
    expect(served).toEqual(["GET /pause", "GET /today", "POST /pause/end", "POST /pause/ready", "POST /pause/start"]);
    for (const [path, methods] of Object.entries(doc().paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const match = router.match(method.toUpperCase(), path);
        expect(match && "op" in match ? match.op.name : null).toBe(operation.operationId);
        expect(operation.security).toEqual([{ token: expect.any(Array) }]);
      }
    }
    expect(doc().servers).toEqual([{ url: `https://steady.example${API_BASE}` }]);
  });

  it("reads in Spanish for the reference page: the prose translated, the paths, ids and code as they are", async () => {
    type Op = { operationId: string; summary: string; description: string };
    const es = structuredClone(openApiDocument("https://steady.example", "es")) as Doc & { info: { title: string; description: string }; paths: Record<string, Record<string, Op>> };
    expect((await validate(es as never)).valid).toBe(true);
    expect(Object.keys(es.paths).sort()).toEqual(Object.keys(doc().paths).sort());
    expect(es.info.title).toBe("API de Steady");
    expect(es.info.description).toContain("Crea un token en **Yo → Tokens y atajos**");
    expect(es.info.description).toContain("`Authorization: Bearer stdy_…`");
    expect(es.info.description).toContain('- <a id="problem-rate-limited"></a>`rate_limited` (429): Demasiadas peticiones');
    const start = es.paths["/pause/start"]!.post!;
    expect(start).toMatchObject({ operationId: "pause.start", summary: "Empezar la pausa" });
    expect(start.description).toContain("(`created: false`)");
    expect(start.description).toContain("Alcances del token: `pause`.");
    // The English document is the one /api/v1/openapi.json serves, unchanged.
    const en = openApiDocument("https://steady.example") as unknown as { paths: Record<string, Record<string, Op>> };
    expect(en.paths["/pause/end"]!.post!.description).toBe(
      "Only the one who asked for the pause ends it before zero; the partner can say they’re ready (`/pause/ready`). Read the pause’s id from `GET /pause`.\n\nToken scopes: `pause`.",
    );
  });
});

describe("the reference page's own words (the pseudo-locale test leaves Scalar's region out)", () => {
  it("every word of our document's prose comes from the catalogue: in the pseudo-locale none is plain English", () => {
    const doc = openApiDocument("http://localhost:3000", "en-XA");
    const prose: string[] = [];
    const walk = (node: unknown, key = "") => {
      if (typeof node === "string") {
        if (["title", "summary", "description"].includes(key)) prose.push(node);
      } else if (Array.isArray(node)) node.forEach((n) => walk(n));
      else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, k);
    };
    walk(doc);
    expect(prose.length).toBeGreaterThan(20);
    // Code, paths, names and standards are as they are in every language: `code`, /paths, RFC numbers, the product's name.
    const words = (text: string) =>
      text
        .replace(/`[^`]*`/g, " ")
        .replace(/<[^>]+>/g, " ")
        .replace(/https?:\/\/\S+|\/[\w/{}.-]+/g, " ")
        .replace(/\b(Steady|RFC|OpenAPI|JSON|Retry-After|Authorization|Bearer|stdy_\S*)\b/g, " ");
    const english = prose.filter((p) => /[A-Za-z]/.test(words(p)));
    expect(english).toEqual([]);
  });
});
