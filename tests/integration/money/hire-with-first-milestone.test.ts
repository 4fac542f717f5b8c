import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { actor } from "../../helpers/people";
import { projectInput, proposalInput } from "../../helpers/marketplace";
import { fund } from "../../helpers/money";
import { createTestDatabase } from "../../helpers/test-db";

let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

/** A client with a published project and one freelancer's proposal on it ($3,500 unless said). */
async function proposalToHire(overrides: Record<string, unknown> = {}, bidMinor = 350_000) {
  const client = await actor(db, "client");
  const freelancer = await actor(db, "freelancer");
  const project = await client.api.project.create(await projectInput(db, overrides));
  await client.api.project.publish({ id: project.id });
  const proposal = await freelancer.api.proposal.submit(proposalInput(project.id, bidMinor));
  return { client, freelancer, project, proposal };
}

describe("hiring with a first milestone", () => {
  it("plans the milestone in the hire, ready to fund, and the freelancer may hand it in once funded", async () => {
    const { client, freelancer, proposal } = await proposalToHire();
    const contract = await client.api.proposal.accept({
      id: proposal.id,
      firstMilestone: { title: "First milestone", amountMinor: 200_000 },
    });
    expect(contract.firstMilestoneId).toEqual(expect.any(String));
    const workspace = await freelancer.api.contract.workspace({ id: contract.id });
    expect(workspace.milestones).toHaveLength(1);
    expect(workspace.milestones[0]).toMatchObject({
      id: contract.firstMilestoneId,
      title: "First milestone",
      amountMinor: 200_000,
      status: "pending",
      money: { state: "unfunded", heldMinor: 0 },
    });

    await fund(client, contract.firstMilestoneId!);
    const funded = await freelancer.api.contract.workspace({ id: contract.id });
    expect(funded.milestones[0]!.money).toMatchObject({ state: "funded", heldMinor: 200_000 });
    await freelancer.api.contract.submitMilestone({
      id: contract.firstMilestoneId!,
      note: "Done",
      links: [],
    });
  });

  it("may take the whole bid", async () => {
    const { client, proposal } = await proposalToHire();
    const contract = await client.api.proposal.accept({
      id: proposal.id,
      firstMilestone: { title: "Everything", amountMinor: 350_000 },
    });
    expect(contract.amountMinor).toBe(350_000);
    expect(contract.firstMilestoneId).toEqual(expect.any(String));
  });

  it("refuses a milestone above the bid, and hires nobody", async () => {
    const { client, freelancer, proposal } = await proposalToHire();
    await expect(
      client.api.proposal.accept({
        id: proposal.id,
        firstMilestone: { title: "Too much", amountMinor: 350_001 },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    // The whole hire was rolled back: the proposal is still open and can be accepted.
    const mine = await freelancer.api.proposal.mine();
    expect(mine.find((p: { id: string }) => p.id === proposal.id)).toMatchObject({
      status: "submitted",
    });
    const contract = await client.api.proposal.accept({ id: proposal.id });
    expect(contract.firstMilestoneId).toBeNull();
    const workspace = await client.api.contract.workspace({ id: contract.id });
    expect(workspace.milestones).toHaveLength(0);
  });

  it("checks the milestone's title and amount like any other milestone", async () => {
    const { client, proposal } = await proposalToHire();
    await expect(
      client.api.proposal.accept({
        id: proposal.id,
        firstMilestone: { title: "x", amountMinor: 0 },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses a milestone on an hourly project", async () => {
    const { client, proposal } = await proposalToHire(
      { budgetType: "hourly", budgetMinMinor: 5_000, budgetMaxMinor: 10_000 },
      8_500,
    );
    await expect(
      client.api.proposal.accept({
        id: proposal.id,
        firstMilestone: { title: "First milestone", amountMinor: 8_500 },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("keeps hiring without one as before", async () => {
    const { client, proposal } = await proposalToHire();
    const contract = await client.api.proposal.accept({ id: proposal.id });
    expect(contract).toMatchObject({ status: "active", firstMilestoneId: null });
  });
});
