import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The route handlers as Next serves them, over Request/Response, against a real database
 * file chosen through DATABASE_URL exactly as an operator would.
 */
const dir = mkdtempSync(path.join(tmpdir(), "guild-http-"));
process.env.DATABASE_URL = `file:${path.join(dir, "http.db")}`;

const { getDb, closeDb } = await import("~/server/db/client");
const { applyMigrations } = await import("~/server/db/migrations");
const trpcRoute = await import("~/app/api/trpc/[trpc]/route");
const readyRoute = await import("~/app/api/health/ready/route");
const liveRoute = await import("~/app/api/health/live/route");
const { createUser } = await import("../../helpers/people");
const { createProject } = await import("../../helpers/marketplace");

let openProjectId: string;

beforeAll(async () => {
  const db = await getDb();
  await applyMigrations(db, "drizzle");
  const client = await createUser(db, "client");
  openProjectId = (await createProject(db, client.id, { title: "Reachable over HTTP" })).id;
});

afterAll(async () => {
  await closeDb();
  rmSync(dir, { recursive: true, force: true });
});

function trpcGet(procedure: string, input: unknown, headers: Record<string, string> = {}) {
  const query = new URLSearchParams({
    input: JSON.stringify(superjson.serialize(input)),
  });
  return trpcRoute.GET(
    new Request(`http://localhost/api/trpc/${procedure}?${query.toString()}`, { headers }),
  );
}

interface ErrorBody {
  error: {
    json: { message: string; code: number; data: Record<string, unknown> };
  };
}

describe("tRPC over HTTP", () => {
  it("serves a query with superjson-encoded dates", async () => {
    const response = await trpcGet("project.byId", { id: openProjectId });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      result: { data: { json: unknown; meta?: unknown } };
    };
    const project = superjson.deserialize<{ title: string; publishedAt: Date }>(
      body.result.data as never,
    );
    expect(project.title).toBe("Reachable over HTTP");
    expect(project.publishedAt).toBeInstanceOf(Date);
  });

  it("answers 400 with field errors for invalid input, and no stack trace", async () => {
    const response = await trpcGet("project.listOpen", {
      limit: 0,
      cursor: "not a cursor",
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    const data = body.error.json.data;
    expect(data.code).toBe("BAD_REQUEST");
    expect(Object.keys(data.fieldErrors as object).sort()).toEqual(["cursor", "limit"]);
    expect(JSON.stringify(body)).not.toMatch(/stack|at .*\.ts:\d+/);
  });

  it("answers 404 with an actionable message for an unknown project", async () => {
    const response = await trpcGet("project.byId", { id: "missing" }, { "x-request-id": "ref-42" });
    expect(response.status).toBe(404);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.json.data.code).toBe("NOT_FOUND");
    // The reference a person quotes to support is the request's id.
    expect(body.error.json.data.requestId).toBe("ref-42");
    expect(body.error.json.message).toMatch(/couldn't find that project/);
  });
});

describe("health", () => {
  it("live is 200 and ready is 200 when the database is migrated", async () => {
    expect(liveRoute.GET().status).toBe(200);
    const ready = await readyRoute.GET();
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: "ready",
      checks: { database: "ok", migrations: "current", jobs: "embedded" },
    });
  });

  it("an unexpected failure is a generic 500 that hides the cause, and ready turns 503", async () => {
    // Close the shared client under the app: every query now fails inside the driver.
    const db = await getDb();
    db.$client.close();

    const response = await trpcGet("marketplace.stats", undefined);
    expect(response.status).toBe(500);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.json.message).toBe("Something went wrong on our side. Please try again.");
    expect(JSON.stringify(body)).not.toMatch(/closed|libsql|stack/i);

    const ready = await readyRoute.GET(
      new Request("http://guild.test/api/health/ready", { headers: { "x-request-id": "probe-1" } }),
    );
    expect(ready.status).toBe(503);
    const answer = (await ready.json()) as {
      reason: string;
      error: { code: string; requestId: string; details: { reason: string } };
    };
    expect(answer.reason).toMatch(/^database unreachable/);
    expect(answer.error).toMatchObject({ code: "SERVICE_UNAVAILABLE", requestId: "probe-1" });
    expect(answer.error.details.reason).toBe(answer.reason);
    expect(liveRoute.GET().status).toBe(200);
  });
});
