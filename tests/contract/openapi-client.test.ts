import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import createClient from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { paths } from "~/generated/api-v1";

/**
 * The contract: the committed client types are exactly what openapi-typescript makes of the
 * document the server serves now, and a client typed by them drives a journey through the
 * REST routes as Next serves them. If a procedure's input or output moves without its
 * document (or the types) moving with it, this fails to compile or fails here.
 */
const dir = mkdtempSync(path.join(tmpdir(), "guild-contract-"));
process.env.DATABASE_URL = `file:${path.join(dir, "contract.db")}`;

const { getDb, closeDb } = await import("~/server/db/client");
const { applyMigrations } = await import("~/server/db/migrations");
const restRoute = await import("~/app/api/v1/[...path]/route");
const { apiTypesSource } = await import("./api-types");
const { actor } = await import("../helpers/people");
const { projectInput } = await import("../helpers/marketplace");

let db: Awaited<ReturnType<typeof getDb>>;

beforeAll(async () => {
  db = await getDb();
  await applyMigrations(db, "drizzle");
});

afterAll(async () => {
  await closeDb();
  rmSync(dir, { recursive: true, force: true });
});

/** A typed client whose requests go straight to the route handler, as Next would route them. */
function clientFor(token: string) {
  return createClient<paths>({
    baseUrl: "http://guild.test/api/v1",
    headers: { authorization: `Bearer ${token}` },
    fetch: (request: Request) =>
      restRoute[request.method as "GET" | "POST" | "PATCH" | "PUT" | "DELETE"](request),
  });
}

async function tokenFor(
  person: Awaited<ReturnType<typeof actor>>,
  scopes: Parameters<typeof person.api.apiToken.create>[0]["scopes"],
) {
  return (await person.api.apiToken.create({ name: "contract", scopes, expiresInDays: 1 })).token;
}

describe("the OpenAPI contract", () => {
  it("the committed client types match the served document (run `npm run api:types`)", async () => {
    const committed = readFileSync("src/generated/api-v1.d.ts", "utf8");
    expect(committed).toBe(await apiTypesSource());
  });

  it("a typed client creates and lists projects", async () => {
    const client = await actor(db, "client");
    const api = clientFor(await tokenFor(client, ["projects:write"]));
    const created = await api.POST("/projects", {
      body: await projectInput(db, { title: "Typed client project" }),
    });
    expect(created.error).toBeUndefined();
    expect(created.data!.status).toBe("draft");
    const listed = await api.GET("/me/projects", { params: { query: { limit: 10 } } });
    expect(listed.data!.items.map((item) => item.id)).toEqual([created.data!.id]);
    expect(typeof listed.data!.items[0]!.createdAt).toBe("string");

    const refused = await api.POST("/projects", { body: { title: "" } as never });
    expect(refused.response.status).toBe(400);
    expect(refused.error!.error.details!.fieldErrors).toHaveProperty("title");
  });
});
