import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { projects } from "~/server/db/schema/projects";
import { contracts } from "~/server/db/schema/contracts";
import { createTestDatabase } from "../../helpers/test-db";
import { projectInput, proposalInput } from "../../helpers/marketplace";
import { fund } from "../../helpers/money";
import { actor } from "../../helpers/people";

let db: Database;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

/** A client and a freelancer with an active contract of 3,000.00. */
async function hired() {
  const client = await actor(db, "client");
  const freelancer = await actor(db, "freelancer");
  const project = await client.api.project.create(await projectInput(db));
  await client.api.project.publish({ id: project.id });
  const proposal = await freelancer.api.proposal.submit(proposalInput(project.id, 300_000));
  const contract = await client.api.proposal.accept({ id: proposal.id });
  return { client, freelancer, contract };
}

describe("milestones", () => {
  it("run pending → funded → submitted → changes requested → submitted → approved; the last approval completes the work", async () => {
    const { client, freelancer, contract } = await hired();
    const first = await client.api.contract.addMilestone({
      contractId: contract.id,
      title: "Design",
      amountMinor: 100_000,
    });
    const second = await client.api.contract.addMilestone({
      contractId: contract.id,
      title: "Build",
      amountMinor: 200_000,
    });
    expect(first.status).toBe("pending");
    await fund(client, first.id);
    await fund(client, second.id);
    const { milestones } = await freelancer.api.contract.workspace({ id: contract.id });
    expect(milestones.map((m) => m.status)).toEqual(["funded", "funded"]);

    await freelancer.api.contract.submitMilestone({
      id: first.id,
      note: "Designs attached",
      links: ["https://figma.com/x"],
    });
    await client.api.contract.requestChanges({ id: first.id, reason: "Bigger buttons, please" });
    await freelancer.api.contract.submitMilestone({ id: first.id, note: "Buttons are bigger" });
    await expect(client.api.contract.approveMilestone({ id: first.id })).resolves.toMatchObject({
      contractCompleted: false,
    });

    await freelancer.api.contract.submitMilestone({ id: second.id, note: "Shipped" });
    await expect(client.api.contract.approveMilestone({ id: second.id })).resolves.toMatchObject({
      contractCompleted: true,
    });
    const [row] = await db.select().from(contracts).where(eq(contracts.id, contract.id));
    expect(row!.status).toBe("completed");
    const [project] = await db.select().from(projects).where(eq(projects.id, contract.projectId));
    expect(project!.status).toBe("completed");
    await expect(
      client.api.contract.addMilestone({
        contractId: contract.id,
        title: "More",
        amountMinor: 100,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("may not add up to more than the contract amount", async () => {
    const { client, contract } = await hired();
    await client.api.contract.addMilestone({
      contractId: contract.id,
      title: "Most",
      amountMinor: 250_000,
    });
    await expect(
      client.api.contract.addMilestone({
        contractId: contract.id,
        title: "Too much",
        amountMinor: 60_000,
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/more than the contract amount/),
    });
    await expect(
      client.api.contract.addMilestone({
        contractId: contract.id,
        title: "Exactly the rest",
        amountMinor: 50_000,
      }),
    ).resolves.toBeDefined();
  });

  it("answers CONFLICT for out-of-order steps and keeps each side to its own actions", async () => {
    const { client, freelancer, contract } = await hired();
    const m = await client.api.contract.addMilestone({
      contractId: contract.id,
      title: "Design",
      amountMinor: 100_000,
    });
    await expect(client.api.contract.approveMilestone({ id: m.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      client.api.contract.requestChanges({ id: m.id, reason: "Not yet" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      freelancer.api.contract.addMilestone({
        contractId: contract.id,
        title: "Mine",
        amountMinor: 100,
      }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      client.api.contract.submitMilestone({ id: m.id, note: "I did it" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(freelancer.api.contract.approveMilestone({ id: m.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("a submission keeps its note and links; only web links are accepted", async () => {
    const { client, freelancer, contract } = await hired();
    const m = await client.api.contract.addMilestone({
      contractId: contract.id,
      title: "Design",
      amountMinor: 100_000,
      dueDate: new Date("2030-01-15T00:00:00Z"),
    });
    await fund(client, m.id);
    for (const link of ["javascript:alert(1)", "data:text/html,hi", "not a link"]) {
      await expect(
        freelancer.api.contract.submitMilestone({ id: m.id, note: "Here", links: [link] }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    const submitted = await freelancer.api.contract.submitMilestone({
      id: m.id,
      note: "Designs attached",
      links: ["https://example.com/figma"],
    });
    expect(submitted).toMatchObject({
      status: "submitted",
      submissionNote: "Designs attached",
      submissionLinks: ["https://example.com/figma"],
      dueDate: new Date("2030-01-15T00:00:00Z"),
    });
  });

  it("strangers get NOT_FOUND for a contract's milestones and change nothing", async () => {
    const { client, contract } = await hired();
    const m = await client.api.contract.addMilestone({
      contractId: contract.id,
      title: "Design",
      amountMinor: 100_000,
    });
    const stranger = await actor(db, "freelancer");
    const otherClient = await actor(db, "client");
    await expect(stranger.api.contract.workspace({ id: contract.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      stranger.api.contract.submitMilestone({ id: m.id, note: "x" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(otherClient.api.contract.approveMilestone({ id: m.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(otherClient.api.contract.end({ id: contract.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await client.api.contract.workspace({ id: contract.id })).milestones[0]!.status).toBe(
      "pending",
    );
  });

  it("the client may end the contract early: it is ended and its project completes", async () => {
    const { client, freelancer, contract } = await hired();
    await expect(freelancer.api.contract.end({ id: contract.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(client.api.contract.end({ id: contract.id })).resolves.toMatchObject({
      status: "ended",
    });
    expect(await client.api.contract.byId({ id: contract.id })).toMatchObject({ status: "ended" });
    expect((await client.api.project.manage({ id: contract.projectId })).project.status).toBe(
      "completed",
    );
    await expect(client.api.contract.end({ id: contract.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});
