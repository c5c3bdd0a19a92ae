import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { executeOperation } from "@/lib/operations/execute";
import { MAX_TOKENS_PER_USER } from "@/lib/tokens/constants";
import { listTokens } from "@/lib/tokens/queries";
import { TOO_MANY_TOKENS } from "@/lib/tokens/mutations";
import { createTokenOp, revokeTokenOp } from "@/lib/tokens/operations";
import { createCouple, createUser } from "@/tests/factories";
import { api, makeToken } from "./helpers";

describe("personal access tokens", () => {
  it("are shown once, stored only as a SHA-256 of the secret, listed with their hint and last use", async () => {
    const c = await createCouple();
    const made = await makeToken(c.a.request, "pause", "  Watch  ");
    expect(made).toMatchObject({ name: "Watch", scope: "pause", hint: made.secret.slice(0, 9) });
    expect(made.secret).toMatch(/^stdy_[A-Za-z0-9_-]{43}$/);

    // The raw row: no column holds the secret or any long piece of it.
    const [row] = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "AccessToken" WHERE "id" = ${made.id}`;
    expect(row!.secretHash).toBe(createHash("sha256").update(made.secret).digest("hex"));
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(made.secret);
    expect(stored).not.toContain(made.secret.slice(9, 30));

    const listed = await listTokens(c.a.id);
    expect(listed).toEqual([{ id: made.id, name: "Watch", scope: "pause", hint: made.hint, createdAt: expect.any(Date), lastUsedAt: null }]);
    expect(JSON.stringify(listed)).not.toContain(made.secret);
    await api("GET", "/pause", { token: made.secret });
    expect((await listTokens(c.a.id))[0]!.lastUsedAt).toBeInstanceOf(Date);
    expect(await listTokens(c.b.id)).toEqual([]);
  });

  it("are revoked at once by their owner; another person's revoke changes nothing", async () => {
    const c = await createCouple();
    const made = await makeToken(c.a.request, "read");
    expect(await executeOperation(revokeTokenOp, { tokenId: made.id }, c.b.request)).toEqual({ ok: true, data: { revoked: false } });
    expect((await api("GET", "/pause", { token: made.secret })).status).toBe(200);
    expect(await executeOperation(revokeTokenOp, { tokenId: made.id }, c.a.request)).toEqual({ ok: true, data: { revoked: true } });
    expect((await api("GET", "/pause", { token: made.secret })).status).toBe(401);
    expect(await listTokens(c.a.id)).toEqual([]);
    expect(await executeOperation(revokeTokenOp, { tokenId: made.id }, c.a.request)).toEqual({ ok: true, data: { revoked: false } });
  });

  it(`are capped at ${MAX_TOKENS_PER_USER} live ones per person; revoking one makes room`, async () => {
    const c = await createCouple();
    const made = await Promise.all(Array.from({ length: MAX_TOKENS_PER_USER }, (_, i) => makeToken(c.a.request, "read", `Widget ${i}`)));
    const over = await executeOperation(createTokenOp, { name: "One more", scope: "read" }, c.a.request);
    expect(over).toEqual({ ok: false, code: "conflict", error: TOO_MANY_TOKENS });
    // Made at once, the cap still holds (the user's row is locked while counting).
    const race = await Promise.all([1, 2, 3].map(() => executeOperation(createTokenOp, { name: "Race", scope: "read" }, c.a.request)));
    expect(race.every((r) => !r.ok)).toBe(true);
    await executeOperation(revokeTokenOp, { tokenId: made[0]!.id }, c.a.request);
    expect((await executeOperation(createTokenOp, { name: "One more", scope: "read" }, c.a.request)).ok).toBe(true);
    expect(await db.accessToken.count({ where: { userId: c.a.id, revokedAt: null } })).toBe(MAX_TOKENS_PER_USER);
    // The partner has their own allowance.
    expect((await executeOperation(createTokenOp, { name: "Mine", scope: "pause" }, c.b.request)).ok).toBe(true);
  });

  it("refuse a bad name or scope with words under the field, and need a shared space", async () => {
    const c = await createCouple();
    const bad = async (input: unknown) => executeOperation(createTokenOp, input, c.a.request);
    expect(await bad({ name: " ", scope: "pause" })).toMatchObject({ ok: false, code: "bad_request", fieldErrors: { name: ["Please give it a name, like “Watch”."] } });
    expect(await bad({ name: "x".repeat(41), scope: "pause" })).toMatchObject({ fieldErrors: { name: ["Please keep the name to 40 characters."] } });
    expect(await bad({ name: "Watch", scope: "admin" })).toMatchObject({ fieldErrors: { scope: ["Please choose what it may do: the pause, or only read."] } });
    expect(await bad({ name: "Watch" })).toMatchObject({ fieldErrors: { scope: ["Please choose what it may do: the pause, or only read."] } });
    expect(await db.accessToken.count()).toBe(0);

    const alone = await createUser();
    const refused = await executeOperation(createTokenOp, { name: "Watch", scope: "pause" }, alone.request);
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.accessToken.count()).toBe(0);
  });
});
