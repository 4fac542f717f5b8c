import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * `Idempotency-Key` on REST writes: a repeat with the same key and body gets the first answer
 * (and creates nothing), another body with the key is refused 422, concurrent requests with
 * one key run once, keys belong to their sender, and an answer is kept 24 hours.
 */
const dir = mkdtempSync(path.join(tmpdir(), "guild-idem-"));
process.env.DATABASE_URL = `file:${path.join(dir, "idem.db")}`;

const { getDb, closeDb } = await import("~/server/db/client");
const { applyMigrations } = await import("~/server/db/migrations");
const { projects } = await import("~/server/db/schema/projects");
const { contracts } = await import("~/server/db/schema/contracts");
const { idempotencyKeys } = await import("~/server/db/schema/idempotency");
const restRoute = await import("~/app/api/v1/[...path]/route");
const trpcRoute = await import("~/app/api/trpc/[trpc]/route");
const { sessionCookie } = await import("../../helpers/files");
const { fund } = await import("../../helpers/money");
const { milestones } = await import("~/server/db/schema/contracts");
const { ledgerTransactions } = await import("~/server/db/schema/money");
const { default: superjson } = await import("superjson");
const { actor } = await import("../../helpers/people");
const { projectInput, proposalInput, createProject } = await import("../../helpers/marketplace");

let db: Awaited<ReturnType<typeof getDb>>;

beforeAll(async () => {
  db = await getDb();
  await applyMigrations(db, "drizzle");
});

afterAll(async () => {
  await closeDb();
  rmSync(dir, { recursive: true, force: true });
});

async function post(pathname: string, token: string, body: unknown, key?: string) {
  const response = await restRoute.POST(
    new Request(`http://guild.test/api/v1${pathname}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        ...(key ? { "idempotency-key": key } : {}),
      },
      body: JSON.stringify(body),
    }),
  );
  return {
    status: response.status,
    replayed: response.headers.get("idempotent-replayed"),
    body: (await response.json()) as { id: string; error: { code: string } },
  };
}

async function clientToken(scopes: ("projects:write" | "proposals:write")[]) {
  const client = await actor(db, "client");
  const { token } = await client.api.apiToken.create({ name: "idem", scopes, expiresInDays: 1 });
  return { client, token };
}

const projectsOf = async (clientId: string) =>
  db.select({ id: projects.id }).from(projects).where(eq(projects.clientId, clientId));

describe("Idempotency-Key", () => {
  it("replays the first answer for the same key and body, creating nothing more", async () => {
    const { client, token } = await clientToken(["projects:write"]);
    const body = await projectInput(db, { title: "Posted once only" });
    const first = await post("/projects", token, body, "create-once-1");
    const again = await post("/projects", token, body, "create-once-1");
    expect(first.status).toBe(200);
    expect(first.replayed).toBeNull();
    expect(again).toEqual({ ...first, replayed: "true" });
    expect(await projectsOf(client.user.id)).toHaveLength(1);

    // Without a key, a repeat is a second request.
    await post("/projects", token, body);
    expect(await projectsOf(client.user.id)).toHaveLength(2);
  });

  it("refuses the same key with another body (422), and runs nothing", async () => {
    const { client, token } = await clientToken(["projects:write"]);
    await post(
      "/projects",
      token,
      await projectInput(db, { title: "The first project" }),
      "reused",
    );
    const other = await post(
      "/projects",
      token,
      await projectInput(db, { title: "The second project" }),
      "reused",
    );
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe("UNPROCESSABLE_CONTENT");
    expect(await projectsOf(client.user.id)).toHaveLength(1);
  });

  it("runs concurrent requests with one key once", async () => {
    const { client, token } = await clientToken(["projects:write"]);
    const body = await projectInput(db, { title: "Raced to be posted" });
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => post("/projects", token, body, "race-key")),
    );
    expect(await projectsOf(client.user.id)).toHaveLength(1);
    const ok = answers.filter((answer) => answer.status === 200);
    expect(new Set(ok.map((answer) => answer.body.id)).size).toBe(1);
    // The rest were told it was still running; none failed otherwise.
    expect(answers.every((answer) => answer.status === 200 || answer.status === 409)).toBe(true);
    const later = await post("/projects", token, body, "race-key");
    expect(later).toMatchObject({ status: 200, replayed: "true", body: { id: ok[0]!.body.id } });
  });

  it("hires once when a hire is sent twice with one key, concurrently", async () => {
    const { client, token } = await clientToken(["proposals:write"]);
    const freelancer = await actor(db, "freelancer");
    const project = await createProject(db, client.user.id, { status: "open" });
    const proposal = await freelancer.api.proposal.submit(proposalInput(project.id));
    const [a, b] = await Promise.all([
      post(`/proposals/${proposal.id}/accept`, token, {}, "hire-1"),
      post(`/proposals/${proposal.id}/accept`, token, {}, "hire-1"),
    ]);
    expect([a.status, b.status].sort()).toEqual(expect.arrayContaining([200]));
    const made = await db.select().from(contracts).where(eq(contracts.proposalId, proposal.id));
    expect(made).toHaveLength(1);
    const replay = await post(`/proposals/${proposal.id}/accept`, token, {}, "hire-1");
    expect(replay).toMatchObject({ status: 200, replayed: "true", body: { id: made[0]!.id } });
  });

  it("keeps keys per sender, and forgets an answer after 24 hours", async () => {
    const first = await clientToken(["projects:write"]);
    const second = await clientToken(["projects:write"]);
    const body = await projectInput(db, { title: "Same key, two people" });
    const mine = await post("/projects", first.token, body, "shared-key");
    const theirs = await post("/projects", second.token, body, "shared-key");
    expect(theirs.replayed).toBeNull();
    expect(theirs.body.id).not.toBe(mine.body.id);

    await db
      .update(idempotencyKeys)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(idempotencyKeys.scope, first.client.user.id));
    const afterExpiry = await post("/projects", first.token, body, "shared-key");
    expect(afterExpiry.replayed).toBeNull();
    expect(await projectsOf(first.client.user.id)).toHaveLength(2);
  });

  it("does not keep a refusal about the credentials: the retry with a proper token runs", async () => {
    const client = await actor(db, "client");
    const { token: readOnly } = await client.api.apiToken.create({
      name: "read",
      scopes: ["projects:read"],
      expiresInDays: 1,
    });
    const body = await projectInput(db, { title: "Retried with the right token" });
    expect((await post("/projects", readOnly, body, "scope-later")).status).toBe(403);
    const { token: writer } = await client.api.apiToken.create({
      name: "write",
      scopes: ["projects:write"],
      expiresInDays: 1,
    });
    const retried = await post("/projects", writer, body, "scope-later");
    expect(retried).toMatchObject({ status: 200, replayed: null });
    // A token without the scope never gets the stored answer of one with it.
    const again = await post("/projects", readOnly, body, "scope-later");
    expect(again.status).toBe(403);
  });

  it("reads the same body with its keys in another order as the same request", async () => {
    const { client, token } = await clientToken(["projects:write"]);
    const body = await projectInput(db, { title: "Keys in any order" });
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    await post("/projects", token, body, "ordered");
    expect((await post("/projects", token, reordered, "ordered")).replayed).toBe("true");
    expect(await projectsOf(client.user.id)).toHaveLength(1);
  });

  it("refuses a key that is not visible ASCII", async () => {
    const { token } = await clientToken(["projects:write"]);
    const answer = await post("/projects", token, await projectInput(db), "x".repeat(300));
    expect(answer.status).toBe(400);
  });
});

/** A tRPC mutation as the browser sends it: the session cookie, superjson, and maybe a key. */
async function trpcMutation(procedure: string, cookie: string, input: unknown, key?: string) {
  const response = await trpcRoute.POST(
    new Request(`http://localhost/api/trpc/${procedure}`, {
      method: "POST",
      headers: {
        cookie,
        "content-type": "application/json",
        ...(key ? { "idempotency-key": key } : {}),
      },
      body: JSON.stringify(superjson.serialize(input)),
    }),
  );
  const body = (await response.json()) as {
    result?: { data: Parameters<typeof superjson.deserialize>[0] };
    error?: { json: { data: { code: string } } };
  };
  return {
    status: response.status,
    replayed: response.headers.get("idempotent-replayed"),
    data: body.result ? superjson.deserialize<Record<string, unknown>>(body.result.data) : null,
    code: body.error?.json.data.code ?? null,
  };
}

describe("Idempotency-Key on the browser's money and hiring mutations", () => {
  it("hires once: a repeat with the key gets the first contract back (a Date stays a Date)", async () => {
    const client = await actor(db, "client");
    const freelancer = await actor(db, "freelancer");
    const cookie = await sessionCookie(db, client.user);
    const project = await createProject(db, client.user.id, { status: "open" });
    const proposal = await freelancer.api.proposal.submit(proposalInput(project.id));
    const [a, b] = await Promise.all([
      trpcMutation("proposal.accept", cookie, { id: proposal.id }, "ui-hire-1"),
      trpcMutation("proposal.accept", cookie, { id: proposal.id }, "ui-hire-1"),
    ]);
    const made = await db.select().from(contracts).where(eq(contracts.proposalId, proposal.id));
    expect(made).toHaveLength(1);
    expect([a, b].filter((answer) => answer.status === 200).length).toBeGreaterThanOrEqual(1);
    for (const answer of [a, b]) if (answer.status !== 200) expect(answer.code).toBe("CONFLICT");
    const retried = await trpcMutation("proposal.accept", cookie, { id: proposal.id }, "ui-hire-1");
    expect(retried).toMatchObject({ status: 200, replayed: "true", data: { id: made[0]!.id } });
    expect(retried.data!.startedAt).toBeInstanceOf(Date);
    // Without the key, the same hire is refused as what it is: already done.
    const bare = await trpcMutation("proposal.accept", cookie, { id: proposal.id });
    expect(bare.code).toBe("CONFLICT");
    // The key with another proposal is refused: it named another intent.
    const other = await freelancer.api.proposal.submit(
      proposalInput((await createProject(db, client.user.id, { status: "open" })).id),
    );
    const mismatch = await trpcMutation("proposal.accept", cookie, { id: other.id }, "ui-hire-1");
    expect(mismatch).toMatchObject({ status: 422, code: "UNPROCESSABLE_CONTENT" });
  });

  it("approves and releases once, however often the approval is retried with its key", async () => {
    const { hiredContract } = await import("../../helpers/marketplace");
    const hired = await hiredContract(db);
    const milestone = await hired.client.api.contract.addMilestone({
      contractId: hired.contract.id,
      title: "Design",
      amountMinor: 50_000,
    });
    await fund(hired.client, milestone.id);
    await hired.freelancer.api.contract.submitMilestone({ id: milestone.id, note: "Done." });
    const cookie = await sessionCookie(db, hired.client.user);
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        trpcMutation("contract.approveMilestone", cookie, { id: milestone.id }, "ui-approve-1"),
      ),
    );
    const releases = await db
      .select()
      .from(ledgerTransactions)
      .where(eq(ledgerTransactions.kind, "release"));
    const mine = releases.filter((row) => row.contractId === hired.contract.id);
    expect(mine).toHaveLength(1);
    const ok = answers.filter((answer) => answer.status === 200);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    expect(answers.every((answer) => answer.status === 200 || answer.code === "CONFLICT")).toBe(
      true,
    );
    const replay = await trpcMutation(
      "contract.approveMilestone",
      cookie,
      { id: milestone.id },
      "ui-approve-1",
    );
    expect(replay).toMatchObject({ status: 200, replayed: "true" });
    expect(replay.data!.release).toEqual(ok[0]!.data!.release);
    const [row] = await db.select().from(milestones).where(eq(milestones.id, milestone.id));
    expect(row!.status).toBe("approved");
  });

  it("keeps no refusal: after a failure the same key runs again", async () => {
    const client = await actor(db, "client");
    const cookie = await sessionCookie(db, client.user);
    const missing = await trpcMutation("proposal.accept", cookie, { id: "nope" }, "ui-hire-2");
    expect(missing.code).toBe("NOT_FOUND");
    const stored = await db
      .select()
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.key, "ui-hire-2"));
    expect(stored).toEqual([]);
  });
});
