import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { projects } from "~/server/db/schema/projects";
import { contracts } from "~/server/db/schema/contracts";
import { proposals } from "~/server/db/schema/proposals";
import { callerFor } from "../../helpers/caller";
import { createTestDatabase } from "../../helpers/test-db";
import { projectInput, proposalInput } from "../../helpers/marketplace";
import { actor } from "../../helpers/people";

let db: Database;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

async function openProject() {
  const client = await actor(db, "client");
  const draft = await client.api.project.create(await projectInput(db));
  await client.api.project.publish({ id: draft.id });
  return { client, projectId: draft.id };
}

describe("project lifecycle", () => {
  it("a draft is the client's alone until published; publishing opens it to everyone", async () => {
    const client = await actor(db, "client");
    const draft = await client.api.project.create(await projectInput(db));
    expect(draft.status).toBe("draft");
    expect(draft.publishedAt).toBeNull();
    await expect(callerFor(db).project.byId({ id: draft.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const open = await client.api.project.publish({ id: draft.id });
    expect(open.status).toBe("open");
    expect(open.publishedAt).toBeInstanceOf(Date);
    await expect(callerFor(db).project.byId({ id: draft.id })).resolves.toMatchObject({
      status: "open",
    });
    expect((await client.api.project.mine()).items.map((p) => p.id)).toContain(draft.id);
  });

  it("answers CONFLICT for transitions the status machine forbids", async () => {
    const { client, projectId } = await openProject();
    await expect(client.api.project.publish({ id: projectId })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await client.api.project.cancel({ id: projectId });
    await expect(client.api.project.cancel({ id: projectId })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      client.api.project.update({ id: projectId, ...(await projectInput(db)) }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("validates the brief: budget order, skills 1-10, and skills from the catalogue", async () => {
    const client = await actor(db, "client");
    await expect(
      client.api.project.create(
        await projectInput(db, { budgetMinMinor: 500_000, budgetMaxMinor: 100_000 }),
      ),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      client.api.project.create(await projectInput(db, { skillIds: [] })),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      client.api.project.create(await projectInput(db, { skillIds: [999_999] })),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      client.api.project.create(await projectInput(db, { budgetMinMinor: 10.5 })),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("publishing needs a verified email", async () => {
    const client = await actor(db, "client", false);
    const draft = await client.api.project.create(await projectInput(db));
    await expect(client.api.project.publish({ id: draft.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/Confirm your email/),
    });
  });
});

describe("proposals", () => {
  it("one proposal per freelancer per open project, in the project's currency", async () => {
    const { client, projectId } = await openProject();
    const freelancer = await actor(db, "freelancer");
    const proposal = await freelancer.api.proposal.submit(proposalInput(projectId));
    expect(proposal).toMatchObject({ status: "submitted", currency: "USD", bidMinor: 350_000 });
    await expect(freelancer.api.proposal.submit(proposalInput(projectId))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await freelancer.api.proposal.mine()).map((p) => p.id)).toEqual([proposal.id]);
    // The client's list counts it on their project, and only there.
    expect((await client.api.project.mine()).items).toEqual([
      expect.objectContaining({ id: projectId, proposalCount: 1 }),
    ]);
  });

  it("nobody proposes to a draft, discarded or not (NOT_FOUND), a closed project (CONFLICT), or without a verified email", async () => {
    const client = await actor(db, "client");
    const draft = await client.api.project.create(await projectInput(db));
    const freelancer = await actor(db, "freelancer");
    await expect(freelancer.api.proposal.submit(proposalInput(draft.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await client.api.project.cancel({ id: draft.id });
    await expect(freelancer.api.proposal.submit(proposalInput(draft.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const closed = await openProject();
    await closed.client.api.project.cancel({ id: closed.projectId });
    await expect(
      freelancer.api.proposal.submit(proposalInput(closed.projectId)),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const { projectId } = await openProject();
    const unverified = await actor(db, "freelancer", false);
    await expect(unverified.api.proposal.submit(proposalInput(projectId))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("can be edited until shortlisted and withdrawn until accepted", async () => {
    const { client, projectId } = await openProject();
    const freelancer = await actor(db, "freelancer");
    const proposal = await freelancer.api.proposal.submit(proposalInput(projectId));
    await expect(
      freelancer.api.proposal.edit({ id: proposal.id, ...proposalInput(projectId, 300_000) }),
    ).resolves.toMatchObject({ bidMinor: 300_000 });

    await client.api.proposal.shortlist({ id: proposal.id });
    await expect(
      freelancer.api.proposal.edit({ id: proposal.id, ...proposalInput(projectId, 250_000) }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(freelancer.api.proposal.withdraw({ id: proposal.id })).resolves.toMatchObject({
      status: "withdrawn",
    });
    await expect(freelancer.api.proposal.withdraw({ id: proposal.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("accepting hires in one transaction: contract, project in progress, the others declined", async () => {
    const { client, projectId } = await openProject();
    const [a, b, c] = await Promise.all([
      actor(db, "freelancer"),
      actor(db, "freelancer"),
      actor(db, "freelancer"),
    ]);
    const chosen = await a!.api.proposal.submit(proposalInput(projectId, 400_000));
    const other = await b!.api.proposal.submit(proposalInput(projectId));
    const rejected = await c!.api.proposal.submit(proposalInput(projectId));
    await client.api.proposal.reject({ id: rejected.id });

    const contract = await client.api.proposal.accept({ id: chosen.id });
    expect(contract).toMatchObject({
      projectId,
      freelancerId: a!.user.id,
      amountMinor: 400_000,
      status: "active",
    });
    const statuses = Object.fromEntries(
      (await db.select().from(proposals).where(eq(proposals.projectId, projectId))).map((p) => [
        p.id,
        p.status,
      ]),
    );
    expect(statuses).toEqual({
      [chosen.id]: "accepted",
      [other.id]: "declined",
      [rejected.id]: "rejected",
    });
    expect((await db.select().from(projects).where(eq(projects.id, projectId)))[0]!.status).toBe(
      "in_progress",
    );
    await expect(a!.api.proposal.withdraw({ id: chosen.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    // Both parties see the contract; nobody else does.
    await expect(client.api.contract.byId({ id: contract.id })).resolves.toMatchObject({
      amountMinor: 400_000,
    });
    await expect(a!.api.contract.byId({ id: contract.id })).resolves.toMatchObject({
      freelancerName: a!.user.name,
    });
    await expect(b!.api.contract.byId({ id: contract.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("20 parallel accepts on different proposals of one project: exactly one contract, the rest CONFLICT", async () => {
    const { client, projectId } = await openProject();
    const freelancers = await Promise.all(
      Array.from({ length: 20 }, () => actor(db, "freelancer")),
    );
    const submitted = await Promise.all(
      freelancers.map((f) => f.api.proposal.submit(proposalInput(projectId))),
    );

    const results = await Promise.allSettled(
      submitted.map((p) => client.api.proposal.accept({ id: p.id })),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    expect(lost.every((r) => (r.reason as { code?: string }).code === "CONFLICT")).toBe(true);

    expect(await db.$count(contracts, eq(contracts.projectId, projectId))).toBe(1);
    const rows = await db.select().from(proposals).where(eq(proposals.projectId, projectId));
    expect(rows.filter((p) => p.status === "accepted")).toHaveLength(1);
    expect(rows.filter((p) => p.status === "declined")).toHaveLength(19);
  });
});
