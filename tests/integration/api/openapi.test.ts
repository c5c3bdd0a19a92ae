import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { apiOperations, createRouter } from "@/lib/api/routes";
import { createCouple } from "@/tests/factories";
import { api, makeToken } from "./helpers";

describe("the document and the routes served", () => {
  it("is served at /api/v1/openapi.json without a token", async () => {
    const reply = await api("GET", "/openapi.json");
    expect(reply.status).toBe(200);
    expect(reply.headers.get("content-type")).toMatch(/^application\/json/);
    expect(reply.body).toEqual(JSON.parse(JSON.stringify(openApiDocument("http://localhost:3000"))));
  });

  it("every documented path is routed by the catch-all (asks for a token), and nothing else is", async () => {
    const doc = openApiDocument("http://localhost:3000") as { paths: Record<string, Record<string, unknown>> };
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) expect((await api(method.toUpperCase(), path)).status, `${method} ${path}`).toBe(401);
    }
    expect(createRouter().routes).toHaveLength(Object.values(doc.paths).flatMap((m) => Object.keys(m)).length);
    expect((await api("GET", "/pause/stop")).status).toBe(404);
  });

  it("every success answers exactly the documented shape: nothing missing, nothing undocumented", async () => {
    const c = await createCouple();
    const pause = await makeToken(c.a.request, "pause");
    const partner = await makeToken(c.b.request, "pause");
    const read = await makeToken(c.a.request, "read");
    const outputs = new Map(apiOperations().map((op) => [op.name, op.api.output]));
    const check = (name: string, body: unknown) => expect(outputs.get(name)!.parse(body), name).toEqual(body);

    const started = await api("POST", "/pause/start", { token: pause.secret });
    check("pause.start", started.body);
    const pauseId = (started.body.pause as { id: string }).id;
    check("pause.state", (await api("GET", "/pause", { token: read.secret })).body);
    check("pause.markReady", (await api("POST", "/pause/ready", { token: partner.secret, body: { pauseId } })).body);
    check("pause.end", (await api("POST", "/pause/end", { token: pause.secret, body: { pauseId } })).body);
    check("pause.state", (await api("GET", "/pause", { token: read.secret })).body);
    check("today.summary", (await api("GET", "/today", { token: read.secret })).body);
  });
});
