import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Personal access tokens and the REST API over the route handlers as Next serves them: a
 * token is shown once and stored as a keyed hash, signs REST calls (cookies ignored), reaches
 * only what its scopes allow (403 naming the missing one), stops on its next request once
 * revoked or expired, and its use is written down at most once a minute.
 */
const dir = mkdtempSync(path.join(tmpdir(), "guild-rest-"));
process.env.DATABASE_URL = `file:${path.join(dir, "rest.db")}`;
// Small enough to reach in a test, large enough for every other test's calls with one token.
process.env.RATE_LIMITS = "apiTokens=8/1m";

const { getDb, closeDb } = await import("~/server/db/client");
const { applyMigrations } = await import("~/server/db/migrations");
const { apiTokens } = await import("~/server/db/schema/api-tokens");
const { auditEvents } = await import("~/server/db/schema/auth");
const { apiTokenHash, looksLikeApiToken } = await import("~/server/crypto/api-token");
const restRoute = await import("~/app/api/v1/[...path]/route");
const earningsExport = await import("~/app/api/earnings/export/route");
const { actor } = await import("../../helpers/people");
const { projectInput } = await import("../../helpers/marketplace");
const { sessionCookie } = await import("../../helpers/files");
const { provenAdmin } = await import("../admin/proven-admin");

type Db = Awaited<ReturnType<typeof getDb>>;
let db: Db;

beforeAll(async () => {
  db = await getDb();
  await applyMigrations(db, "drizzle");
});

afterAll(async () => {
  await closeDb();
  rmSync(dir, { recursive: true, force: true });
});

/** What REST answers, loosely: a list page, a project, or the error envelope. */
interface RestBody {
  error: {
    code: string;
    message: string;
    details: { fieldErrors: Record<string, string[]>; missingScope?: string };
    requestId: string;
    time: string;
  };
  items: { id: string; createdAt: string; budgetMaxMinor: number }[];
  nextCursor: string | null;
  id: string;
}

async function rest(
  method: string,
  pathname: string,
  { token, body, cookie }: { token?: string; body?: unknown; cookie?: string } = {},
) {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (cookie) headers.cookie = cookie;
  if (body !== undefined) headers["content-type"] = "application/json";
  const handler = restRoute[method as "GET" | "POST"];
  const response = await handler(
    new Request(`http://guild.test/api/v1${pathname}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as RestBody,
  };
}

async function clientWithToken(scopes: string[], expiresInDays = 30) {
  const client = await actor(db, "client");
  const created = await client.api.apiToken.create({
    name: "CI script",
    scopes: scopes as never,
    expiresInDays,
  });
  return { client, created, token: created.token };
}

describe("personal access tokens", () => {
  it("are shown once, stored only as a keyed hash, and recognisable by prefix and checksum", async () => {
    const { client, created, token } = await clientWithToken(["projects:read"]);
    expect(token).toMatch(/^guild_pat_[0-9A-Za-z]{36}$/);
    expect(looksLikeApiToken(token)).toBe(true);
    // One changed character breaks the checksum: a scanner needs no database to tell.
    const flipped = token.slice(0, -1) + (token.endsWith("a") ? "b" : "a");
    expect(looksLikeApiToken(flipped)).toBe(false);
    expect(created.prefix).toBe(token.slice(0, 14));

    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(row!.tokenHash).toBe(apiTokenHash(token));
    expect(JSON.stringify(row)).not.toContain(token.slice(14));
    const listed = await client.api.apiToken.list();
    expect(listed).toEqual([
      expect.objectContaining({ id: created.id, prefix: created.prefix, state: "active" }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(token.slice(14));
    expect(listed[0]).not.toHaveProperty("token");
    expect(listed[0]).not.toHaveProperty("tokenHash");
  });

  it("refuses an expiry past a year, no scopes, or a scope Guild does not know", async () => {
    const client = await actor(db, "client");
    for (const bad of [
      { name: "x", scopes: ["projects:read"], expiresInDays: 366 },
      { name: "x", scopes: [], expiresInDays: 30 },
      { name: "x", scopes: ["admin:write"], expiresInDays: 30 },
      { name: " ", scopes: ["projects:read"], expiresInDays: 30 },
    ])
      await expect(client.api.apiToken.create(bad as never)).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
  });

  it("a read-only token lists its owner's projects but cannot create one (403 naming the scope)", async () => {
    const { client, token } = await clientWithToken(["projects:read"]);
    const mine = await client.api.project.create(await projectInput(db, { title: "Token list" }));
    const listed = await rest("GET", "/me/projects", { token });
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({
      items: [expect.objectContaining({ id: mine.id, title: "Token list", proposalCount: 0 })],
      nextCursor: null,
    });
    // Times are ISO strings and money integer minor units, as the schema says.
    expect(listed.body.items[0]!.createdAt).toBe(mine.createdAt.toISOString());
    expect(Number.isInteger(listed.body.items[0]!.budgetMaxMinor)).toBe(true);

    const refused = await rest("POST", "/projects", { token, body: await projectInput(db) });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({
      code: "FORBIDDEN",
      details: { missingScope: "projects:write" },
      requestId: expect.any(String),
      time: expect.any(String),
    });
    expect(refused.body.error.message).toContain("projects:write");
    expect((await client.api.project.mine()).items).toHaveLength(1);
  });

  it("a write token creates a project, answering the documented shape; bad input gets field errors", async () => {
    const { client, token } = await clientWithToken(["projects:write"]);
    const created = await rest("POST", "/projects", {
      token,
      body: await projectInput(db, { title: "Made over REST" }),
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ title: "Made over REST", status: "draft" });
    expect(created.body).not.toHaveProperty("clientId");
    expect((await client.api.project.mine()).items.map((p) => p.id)).toEqual([created.body.id]);

    const bad = await rest("POST", "/projects", { token, body: { title: "" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.body.error.details.fieldErrors)).toContain("title");
    const notJson = await restRoute.POST(
      new Request("http://guild.test/api/v1/projects", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: "{nope",
      }),
    );
    expect(notJson.status).toBe(400);
  });

  it("pages with cursors that never repeat or skip", async () => {
    const { client, token } = await clientWithToken(["projects:read"]);
    const made = [];
    for (let i = 0; i < 5; i++)
      made.push((await client.api.project.create(await projectInput(db))).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
      const page = await rest("GET", `/me/projects${query}`, { token });
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([...made].sort());
    const junk = await rest("GET", "/me/projects?cursor=nonsense", { token });
    expect(junk.status).toBe(400);
  });

  it("a bearer request ignores cookies; without a token REST answers 401 with how to sign", async () => {
    const owner = await actor(db, "client");
    const cookie = await sessionCookie(db, owner.user);
    const anonymous = await rest("GET", "/me/projects", { cookie });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toContain("Bearer");
    expect(anonymous.body.error.message).toContain("Authorization: Bearer");

    const { token } = await clientWithToken(["projects:read"]);
    const mixed = await rest("GET", "/me/projects", { token, cookie });
    expect(mixed.status).toBe(200);
    expect(mixed.body.items).toEqual([]);
  });

  it("stops on the next request once revoked (by its owner or an admin) or expired", async () => {
    const { client, created, token } = await clientWithToken(["projects:read"]);
    expect((await rest("GET", "/me/projects", { token })).status).toBe(200);
    await client.api.apiToken.revoke({ tokenId: created.id });
    const revoked = await rest("GET", "/me/projects", { token });
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.message).toContain("revoked");
    await expect(client.api.apiToken.revoke({ tokenId: created.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const second = await clientWithToken(["projects:read"]);
    const admin = await provenAdmin(db);
    await admin.api.admin.revokeApiToken({
      userId: second.client.user.id,
      tokenId: second.created.id,
      reason: "Leaked in a public repository",
    });
    expect((await rest("GET", "/me/projects", { token: second.token })).status).toBe(401);
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "api_token.revoked_by_admin"));
    expect(audit).toMatchObject({ actorId: admin.user.id, targetId: second.client.user.id });

    const third = await clientWithToken(["projects:read"], 1);
    await db
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, third.created.id));
    const expired = await rest("GET", "/me/projects", { token: third.token });
    expect(expired.status).toBe(401);
    expect(expired.body.error.message).toContain("expired");
    expect((await rest("GET", "/me/projects", { token: "guild_pat_x" })).status).toBe(401);
  });

  it("writes last use at most once a minute, with one audit line", async () => {
    const { created, token } = await clientWithToken(["projects:read"]);
    await Promise.all([1, 2, 3].map(() => rest("GET", "/me/projects", { token })));
    await rest("GET", "/me/projects", { token });
    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(row!.lastUsedAt).not.toBeNull();
    const uses = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "api_token.used"));
    expect(uses.filter((use) => JSON.stringify(use.detail).includes(created.id))).toHaveLength(1);
  });

  it("cannot reach procedures without a scope, token management included", async () => {
    const { client, token } = await clientWithToken([
      "projects:write",
      "profile:write",
      "messages:write",
    ]);
    const { createCaller } = await import("~/server/api/root");
    const { requestContext } = await import("~/server/auth/request-context");
    const ctx = await requestContext(new Headers({ authorization: `Bearer ${token}` }), {
      tokens: true,
    });
    expect(ctx.actor).toMatchObject({ id: client.user.id, secondFactorVerified: false });
    const viaToken = createCaller({
      ...ctx,
      log: (await import("~/server/observability/logger")).logger,
    });
    await expect(viaToken.apiToken.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      viaToken.apiToken.create({ name: "more", scopes: ["projects:read"], expiresInDays: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      viaToken.account.changePassword({ currentPassword: "a", newPassword: "b".repeat(12) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(viaToken.project.mine({})).resolves.toMatchObject({ items: [] });
  });

  it("limits each token on its own budget, answering 429 in the envelope", async () => {
    const { token } = await clientWithToken(["projects:read"]);
    const other = await clientWithToken(["projects:read"]);
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++)
      statuses.push((await rest("GET", "/me/projects", { token })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
    const refused = await rest("GET", "/me/projects", { token });
    expect(refused.body.error.code).toBe("TOO_MANY_REQUESTS");
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await rest("GET", "/me/projects", { token: other.token })).status).toBe(200);
  });

  it("other route handlers (exports, downloads) answer a bearer request as signed out", async () => {
    const freelancer = await actor(db, "freelancer");
    const { token } = await freelancer.api.apiToken.create({
      name: "Everything",
      scopes: ["earnings:read", "earnings:write", "contracts:read"],
      expiresInDays: 1,
    });
    const cookie = await sessionCookie(db, freelancer.user);
    const answer = await earningsExport.GET(
      new Request("http://guild.test/api/earnings/export", {
        headers: { authorization: `Bearer ${token}`, cookie },
      }),
    );
    expect(answer.status).toBe(401);
  });

  it("a Basic-auth gate in front of the site is not a token: the cookie still signs in", async () => {
    const person = await actor(db, "client");
    const cookie = await sessionCookie(db, person.user);
    const { requestContext } = await import("~/server/auth/request-context");
    const ctx = await requestContext(
      new Headers({ authorization: "Basic c3RhZ2luZzpzZWNyZXQ=", cookie }),
      { tokens: true },
    );
    expect(ctx.actor?.id).toBe(person.user.id);
    expect(ctx.tokenRefusal).toBeNull();
  });

  it("a new password, a forced reset, suspension or a role change ends the person's tokens", async () => {
    const admin = await provenAdmin(db);
    const reason = "Suspected account takeover";
    const cases: [string, (userId: string) => Promise<unknown>][] = [
      ["forced reset", (userId) => admin.api.admin.requirePasswordReset({ userId, reason })],
      [
        "suspension",
        (userId) => admin.api.admin.setUserStatus({ userId, status: "suspended", reason }),
      ],
      [
        "role change",
        (userId) => admin.api.admin.setUserRole({ userId, role: "freelancer", reason }),
      ],
      ["signed out everywhere", (userId) => admin.api.admin.revokeSessions({ userId, reason })],
    ];
    for (const [label, act] of cases) {
      const { client, token } = await clientWithToken(["projects:read"]);
      expect((await rest("GET", "/me/projects", { token })).status, label).toBe(200);
      await act(client.user.id);
      expect((await rest("GET", "/me/projects", { token })).status, label).toBe(401);
    }
  });

  it("answers unknown endpoints 404 and wrong methods 405, in the envelope", async () => {
    const missing = await rest("GET", "/nothing-here");
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: "NOT_FOUND", requestId: expect.any(String) });
    const wrong = await rest("DELETE", "/projects");
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, POST");
  });

  // Last: it spends the sign-in budget of the tests' address.
  it("limits refused tokens per address, so guessing tokens is slow", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push(
        (await rest("GET", "/me/projects", { token: `guild_pat_${"x".repeat(36)}` })).status,
      );
    expect(statuses).toContain(429);
    expect(statuses.filter((status) => status !== 401 && status !== 429)).toEqual([]);
  });
});
