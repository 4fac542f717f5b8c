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

  it("drives a hire through the typed client: project → proposal → contract → messages", async () => {
    const clientPerson = await actor(db, "client");
    const freelancerPerson = await actor(db, "freelancer");
    const client = clientFor(
      await tokenFor(clientPerson, ["projects:write", "proposals:write", "messages:write"]),
    );
    const freelancer = clientFor(
      await tokenFor(freelancerPerson, [
        "proposals:write",
        "messages:write",
        "notifications:write",
      ]),
    );

    const draft = await client.POST("/projects", {
      body: await projectInput(db, { title: "Journey through REST" }),
    });
    const projectId = draft.data!.id;
    const opened = await client.POST("/projects/{id}/publish", {
      params: { path: { id: projectId } },
    });
    expect(opened.error).toBeUndefined();
    expect(opened.data!.status).toBe("open");
    expect(opened.data!.publishedAt).toMatch(/Z$/);

    const proposal = await freelancer.POST("/proposals", {
      body: {
        projectId,
        coverLetter: "I have shipped three storefronts like this one; here is how I would start.",
        bidMinor: 420_000,
        estimatedDuration: "1_to_4_weeks",
      },
    });
    expect(proposal.error).toBeUndefined();
    expect(proposal.data).toMatchObject({
      status: "submitted",
      bidMinor: 420_000,
      currency: "USD",
    });

    const hireRequest = {
      params: {
        path: { id: proposal.data!.id },
        header: { "Idempotency-Key": `hire-${proposal.data!.id}` },
      },
      body: {},
    };
    const hire = await client.POST("/proposals/{id}/accept", hireRequest);
    expect(hire.error).toBeUndefined();
    expect(hire.data).toMatchObject({
      projectId,
      freelancerId: freelancerPerson.user.id,
      amountMinor: 420_000,
      status: "active",
    });
    // Hiring twice is refused: one proposal makes one contract.
    const again = await client.POST("/proposals/{id}/accept", {
      params: { path: { id: proposal.data!.id } },
      body: {},
    });
    expect(again.response.status).toBe(409);
    // The same hire sent again with its key is answered as the first time.
    const retried = await client.POST("/proposals/{id}/accept", hireRequest);
    expect(retried.response.headers.get("idempotent-replayed")).toBe("true");
    expect(retried.data!.id).toBe(hire.data!.id);

    const found = await client.GET("/conversations/find", {
      params: { query: { projectId, freelancerId: freelancerPerson.user.id } },
    });
    const conversationId = found.data!.conversationId!;
    expect(conversationId).toEqual(expect.any(String));
    const sent = await client.POST("/conversations/{conversationId}/messages", {
      params: { path: { conversationId } },
      body: { body: "Welcome aboard: the brief is in the project." },
    });
    expect(sent.error).toBeUndefined();
    expect(sent.data).toMatchObject({
      mine: true,
      body: "Welcome aboard: the brief is in the project.",
    });
    const reply = await freelancer.POST("/conversations/{conversationId}/messages", {
      params: { path: { conversationId } },
      body: { body: "Thanks, starting today." },
    });
    expect(reply.data!.sender!.id).toBe(freelancerPerson.user.id);
    expect(reply.data!.seq).toBeGreaterThan(sent.data!.seq);

    // The hire reached the freelancer as a notification; they read it over REST.
    const inbox = await freelancer.GET("/me/notifications", { params: { query: {} } });
    const hired = inbox.data!.items.find((item) => item.kind === "proposal.hired");
    expect(hired).toMatchObject({ readAt: null, createdAt: expect.stringMatching(/Z$/) });
    const marked = await freelancer.POST("/me/notifications/{id}/read", {
      params: { path: { id: hired!.id } },
    });
    expect(marked.error).toBeUndefined();
    const all = await freelancer.POST("/me/notifications/read-all", {});
    expect(all.data).toEqual({ unread: 0 });
  });
});
