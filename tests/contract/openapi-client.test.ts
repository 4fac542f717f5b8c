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
const { fund } = await import("../helpers/money");
const { invoices } = await import("~/server/db/schema/money");
const { eq } = await import("drizzle-orm");

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

  it("reads and works a contract through the typed client: search → edit → decide → milestone → earnings → profile", async () => {
    const clientPerson = await actor(db, "client");
    const freelancerPerson = await actor(db, "freelancer");
    const client = clientFor(
      await tokenFor(clientPerson, [
        "projects:write",
        "proposals:write",
        "contracts:write",
        "messages:read",
        "earnings:read",
        "profile:write",
      ]),
    );
    const freelancer = clientFor(
      await tokenFor(freelancerPerson, [
        "projects:read",
        "proposals:write",
        "contracts:write",
        "earnings:read",
        "profile:write",
      ]),
    );

    // A deadline travels as an ISO string, both ways.
    const deadline = new Date(Date.now() + 30 * 86_400_000);
    deadline.setUTCHours(0, 0, 0, 0);
    const input = await projectInput(db, { title: "Quokka tracker for a wildlife charity" });
    const draft = await client.POST("/projects", {
      body: { ...input, deadline: deadline.toISOString() as never },
    });
    expect(draft.error).toBeUndefined();
    expect(draft.data!.deadline).toBe(deadline.toISOString());
    const projectId = draft.data!.id;
    await client.POST("/projects/{id}/publish", { params: { path: { id: projectId } } });
    const edited = await client.PATCH("/projects/{id}", {
      params: { path: { id: projectId } },
      body: { ...input, budgetMaxMinor: 600_000, deadline: null },
    });
    expect(edited.error).toBeUndefined();
    expect(edited.data).toMatchObject({ budgetMaxMinor: 600_000, deadline: null });
    expect(edited.data!.editedAt).toMatch(/Z$/);
    const badDate = await client.PATCH("/projects/{id}", {
      params: { path: { id: projectId } },
      body: { ...input, deadline: "next tuesday" as never },
    });
    expect(badDate.response.status).toBe(400);
    expect(badDate.error!.error.details!.fieldErrors).toHaveProperty("deadline");

    // Searching and reading: the freelancer finds it by a word of its title.
    const found = await freelancer.GET("/projects", { params: { query: { q: "quokka" } } });
    expect(found.error).toBeUndefined();
    expect(found.data!.items.map((item) => item.id)).toEqual([projectId]);
    expect(found.data!.items[0]).toMatchObject({ budgetMaxMinor: 600_000, currency: "USD" });
    // Searching needs no token at all.
    const anonymous = createClient<paths>({
      baseUrl: "http://guild.test/api/v1",
      fetch: (request: Request) => restRoute.GET(request),
    });
    const open = await anonymous.GET("/projects", { params: { query: { q: "quokka tracker" } } });
    expect(open.data!.items.map((item) => item.id)).toEqual([projectId]);
    const read = await freelancer.GET("/projects/{id}", { params: { path: { id: projectId } } });
    expect(read.data).toMatchObject({ id: projectId, status: "open", hiddenNote: null });

    const proposal = await freelancer.POST("/proposals", {
      body: {
        projectId,
        coverLetter: "I have built three animal-tracking apps; here is how I would start yours.",
        bidMinor: 500_000,
        estimatedDuration: "1_to_4_weeks",
      },
    });
    const proposalId = proposal.data!.id;
    // The client lists the project's proposals and decides on them.
    const managed = await client.GET("/me/projects/{id}", { params: { path: { id: projectId } } });
    expect(managed.data!.proposals).toEqual([
      expect.objectContaining({ id: proposalId, status: "submitted", bidMinor: 500_000 }),
    ]);
    const shortlisted = await client.POST("/proposals/{id}/shortlist", {
      params: { path: { id: proposalId } },
    });
    expect(shortlisted.data!.status).toBe("shortlisted");
    // The freelancer cannot decide on their own proposal.
    const notTheirs = await freelancer.POST("/proposals/{id}/reject", {
      params: { path: { id: proposalId } },
    });
    expect(notTheirs.response.status).toBe(403);

    const hire = await client.POST("/proposals/{id}/accept", {
      params: { path: { id: proposalId } },
      body: { firstMilestone: { title: "First release", amountMinor: 200_000 } },
    });
    const contractId = hire.data!.id;
    const milestoneId = hire.data!.firstMilestoneId!;
    for (const side of [client, freelancer]) {
      const mine = await side.GET("/me/contracts", { params: { query: { status: "active" } } });
      expect(mine.data!.items.map((item) => item.id)).toEqual([contractId]);
      expect(mine.data!.nextCursor).toBeNull();
    }
    const contract = await freelancer.GET("/contracts/{id}", {
      params: { path: { id: contractId } },
    });
    expect(contract.data).toMatchObject({
      id: contractId,
      clientId: clientPerson.user.id,
      amountMinor: 500_000,
      currency: "USD",
      startedAt: expect.stringMatching(/Z$/),
    });
    const stranger = clientFor(await tokenFor(await actor(db, "client"), ["contracts:read"]));
    const hidden = await stranger.GET("/contracts/{id}", { params: { path: { id: contractId } } });
    expect(hidden.response.status).toBe(404);
    expect(hidden.error!.error.code).toBe("NOT_FOUND");

    // Funding happens in the browser (a card); the work and its approval go through REST.
    const { payment } = (await fund(clientPerson, milestoneId)) as { payment: { id: string } };
    const submitted = await freelancer.POST("/milestones/{id}/submit", {
      params: { path: { id: milestoneId } },
      body: { note: "The first release is live on the staging site.", links: [] },
    });
    expect(submitted.error).toBeUndefined();
    expect(submitted.data).toMatchObject({ status: "submitted", submittedAt: expect.any(String) });
    const approval = {
      params: {
        path: { id: milestoneId },
        header: { "Idempotency-Key": `approve-${milestoneId}` },
      },
    };
    const approved = await client.POST("/milestones/{id}/approve", approval);
    expect(approved.error).toBeUndefined();
    expect(approved.data).toMatchObject({
      milestone: { id: milestoneId, status: "approved" },
      release: { grossMinor: 200_000 },
    });
    const replayed = await client.POST("/milestones/{id}/approve", approval);
    expect(replayed.response.headers.get("idempotent-replayed")).toBe("true");
    expect(replayed.data!.release).toEqual(approved.data!.release);
    const listed = await client.GET("/contracts/{id}/milestones", {
      params: { path: { id: contractId } },
    });
    expect(listed.data!.items).toEqual([
      expect.objectContaining({ id: milestoneId, status: "approved", amountMinor: 200_000 }),
    ]);

    // The money: the freelancer's earnings and ledger lines, the client's receipt.
    const earnings = await freelancer.GET("/me/earnings");
    const net = approved.data!.release!.netMinor;
    const usd = earnings.data!.balances.find((row) => row.currency === "USD")!;
    expect(usd.pending + usd.available).toBe(net);
    const lines = await freelancer.GET("/me/transactions", { params: { query: { limit: 10 } } });
    expect(lines.data!.items).toEqual([
      expect.objectContaining({ kind: "release", amountMinor: net, contractId }),
    ]);
    const [receipt] = await db.select().from(invoices).where(eq(invoices.paymentId, payment.id));
    const invoice = await client.GET("/invoices/{id}", { params: { path: { id: receipt!.id } } });
    expect(invoice.data).toMatchObject({ kind: "receipt", amountMinor: 200_000, contractId });
    const notTheirInvoice = await freelancer.GET("/invoices/{id}", {
      params: { path: { id: receipt!.id } },
    });
    expect(notTheirInvoice.response.status).toBe(404);

    // The profile: saved whole with PUT, read back with GET.
    const before = await freelancer.GET("/me/freelancer-profile");
    expect(before.error).toBeUndefined();
    const profile = {
      headline: "Mobile apps for charities",
      bio: "Ten years of building apps people rely on, most recently for nature charities.",
      hourlyRateMinor: 9_000,
      currency: "USD" as const,
      availability: "available" as const,
      location: "Hobart",
      skillIds: input.skillIds,
    };
    const saved = await freelancer.PUT("/me/freelancer-profile", { body: profile });
    expect(saved.error).toBeUndefined();
    const after = await freelancer.GET("/me/freelancer-profile");
    expect(after.data).toMatchObject({ ...profile, portfolio: [], updatedAt: expect.any(String) });
    const company = await client.PUT("/me/client-profile", {
      body: {
        companyName: "Wildlife Trust",
        about: "We look after quokkas.",
        website: null,
        location: "Perth",
      },
    });
    expect(company.error).toBeUndefined();
    const readCompany = await client.GET("/me/client-profile");
    expect(readCompany.data).toMatchObject({ companyName: "Wildlife Trust", location: "Perth" });

    // Messages are read a page at a time.
    const conversation = await client.GET("/conversations/find", {
      params: { query: { projectId, freelancerId: freelancerPerson.user.id } },
    });
    const thread = await client.GET("/conversations/{conversationId}/messages", {
      params: { path: { conversationId: conversation.data!.conversationId! }, query: {} },
    });
    expect(thread.error).toBeUndefined();
    expect(thread.data!.conversation).toMatchObject({ myRole: "client", contractId });
    expect(thread.data!.messages.length).toBeGreaterThan(0);
  });
});
