import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { apiOperations, type ApiOperation } from "@/lib/api/routes";
import { TOKEN_SCOPES } from "@/lib/tokens/constants";
import { api, type ApiReply } from "../api/helpers";
import { sessionCookie } from "../pause/harness";
import { examples } from "./examples";
import { buildWorld, changedTables, snapshot, type TokenHolder, type World } from "./world";

/**
 * The authorization matrix over the JSON API: every operation declared with `api`, found in the
 * registry by itself, called through the real catch-all route handler by every kind of token
 * caller that must not reach the victim couple — and by the couple itself, which must get in.
 */
type Caller = { kind: string; headers: (w: World, op: ApiOperation) => Promise<Record<string, string>> | Record<string, string>; status: number[] };

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
/** A victim token whose scope the operation doesn't list (none if every scope may call it). */
const wrongScope = (w: World, op: ApiOperation) => (["victimPause", "victimRead"] as const).map((h) => w.tokens[h]).find((t) => !op.api.scopes.includes(t.scope));
const fitting = (w: World, op: ApiOperation, holders: TokenHolder[]) => holders.map((h) => w.tokens[h]).find((t) => op.api.scopes.includes(t.scope))!;

const DENIED: Caller[] = [
  // Another couple's valid token: it acts on its own couple (or finds no such pause), never on the victim's.
  { kind: "outsider's token", headers: (w, op) => bearer(fitting(w, op, ["outsiderPause", "outsiderRead"]).secret), status: [200, 404] },
  { kind: "revoked token", headers: (w) => bearer(w.tokens.revoked.secret), status: [401] },
  { kind: "ex-partner's token (left the ended couple)", headers: (w) => bearer(w.tokens.exPartner.secret), status: [401] },
  { kind: "token of the one who stayed in the ended couple", headers: (w) => bearer(w.tokens.endedRemaining.secret), status: [401] },
  { kind: "the victim's token of the wrong scope", headers: (w, op) => bearer(wrongScope(w, op)?.secret ?? "skip"), status: [403] },
  { kind: "no token", headers: () => ({}), status: [401] },
  { kind: "an unknown token", headers: () => bearer(`stdy_${randomBytes(32).toString("base64url")}`), status: [401] },
  { kind: "the victim's session cookie, no token", headers: async (w) => ({ cookie: await sessionCookie(w.victim.a) }), status: [401] },
  { kind: "the victim's token in the address", headers: () => ({}), status: [401] },
];

function call(op: ApiOperation, input: unknown, headers: Record<string, string>, query = ""): Promise<ApiReply> {
  return api(op.api.method, `${op.api.path}${query}`, { headers, ...(op.api.method === "POST" ? { body: input } : {}) });
}

describe("authorization matrix: the JSON API", () => {
  it("covers every operation the API serves, each with matrix inputs", () => {
    const served = apiOperations();
    expect(served.map((op) => op.name).sort()).toEqual(["pause.end", "pause.markReady", "pause.start", "pause.state", "today.summary"]);
    for (const op of served) expect(examples[op.name as keyof typeof examples], op.name).toBeDefined();
    // Every scope can call something, and the matrix has a wrong-scope token for every operation some scope can't call.
    for (const scope of TOKEN_SCOPES) expect(served.some((op) => op.api.scopes.includes(scope)), scope).toBe(true);
  });

  it("no token caller outside the couple reads or writes its data; the couple's own tokens are let in", { timeout: 300_000 }, async () => {
    const failures: string[] = [];
    let cases = 0;
    for (const op of apiOperations()) {
      const world = await buildWorld();
      const inputs = examples[op.name as keyof typeof examples](world);
      for (const caller of DENIED) {
        if (caller.kind.includes("wrong scope") && !wrongScope(world, op)) continue;
        for (const input of inputs) {
          const before = await snapshot(world);
          const query = caller.kind.includes("in the address") ? `?access_token=${world.tokens.victimPause.secret}` : "";
          const reply = await call(op, input, await caller.headers(world, op), query);
          cases++;
          const out = JSON.stringify(reply.body);
          const given = JSON.stringify(input);
          const leaked = [...world.markers, ...world.endedMarkers].filter((m) => out.includes(m) && !given.includes(m));
          if (leaked.length) failures.push(`${op.name} as ${caller.kind}: response contains ${leaked.join(", ")}`);
          if (!caller.status.includes(reply.status)) failures.push(`${op.name} as ${caller.kind}: status ${reply.status} (${out})`);
          if (reply.status >= 400 && reply.headers.get("content-type") !== "application/problem+json") failures.push(`${op.name} as ${caller.kind}: not a problem`);
          const changed = changedTables(before, await snapshot(world));
          if (changed.length) failures.push(`${op.name} as ${caller.kind} with ${given}: changed ${changed.join(", ")}`);
        }
      }
      for (const holders of [["victimPause", "victimRead"], ["partnerPause", "partnerRead"]] as TokenHolder[][]) {
        const own = await buildWorld();
        const run = vi.spyOn(op, "run");
        const reply = await call(op, examples[op.name as keyof typeof examples](own)[0], bearer(fitting(own, op, holders).secret));
        cases++;
        if (run.mock.calls.length === 0) failures.push(`${op.name} with ${holders[0]}'s token: refused a member of the couple (${reply.status} ${JSON.stringify(reply.body)})`);
        run.mockRestore();
      }
    }
    console.info(`authorization matrix (API): ${apiOperations().length} operations, ${cases} cases`);
    expect(failures).toEqual([]);
  });
});
