import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { contractAmendments, contracts } from "~/server/db/schema/contracts";
import { createTestDatabase } from "../../helpers/test-db";
import { hiredContract } from "../../helpers/marketplace";
import { actor } from "../../helpers/people";

let db: Database;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

// hiredContract() hires at a bid of 3,500.00.
const milestone = (contractId: string, amountMinor: number) => ({
  contractId,
  title: "Phase",
  amountMinor,
  dueDate: null,
});

const amountOf = async (id: string) =>
  (await db.select().from(contracts).where(eq(contracts.id, id)))[0]!.amountMinor;

describe("contract amount changes", () => {
  it("milestones may exceed the agreed amount only after the freelancer accepts a new one", async () => {
    const { client, freelancer, contract } = await hiredContract(db);
    await client.api.contract.addMilestone(milestone(contract.id, 300_000));
    await expect(
      client.api.contract.addMilestone(milestone(contract.id, 100_000)),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const asked = await client.api.contract.proposeAmendment({
      contractId: contract.id,
      amountMinor: 400_000,
      reason: "An extra reporting screen",
    });
    expect(asked).toMatchObject({ status: "pending", previousAmountMinor: 350_000 });
    // Asking does not change the amount: the freelancer has not agreed yet.
    await expect(
      client.api.contract.addMilestone(milestone(contract.id, 100_000)),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      client.api.contract.proposeAmendment({
        contractId: contract.id,
        amountMinor: 450_000,
        reason: "And more",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    await freelancer.api.contract.respondToAmendment({ id: asked.id, accept: true });
    expect(await amountOf(contract.id)).toBe(400_000);
    await client.api.contract.addMilestone(milestone(contract.id, 100_000));
    await expect(
      freelancer.api.contract.respondToAmendment({ id: asked.id, accept: false }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(
      (await freelancer.api.contract.workspace({ id: contract.id })).amendments.map(
        (a) => a.status,
      ),
    ).toEqual(["accepted"]);
  });

  it("a declined or withdrawn change leaves the amount as it was", async () => {
    const { client, freelancer, contract } = await hiredContract(db);
    const first = await client.api.contract.proposeAmendment({
      contractId: contract.id,
      amountMinor: 500_000,
      reason: "Scope grew",
    });
    await freelancer.api.contract.respondToAmendment({ id: first.id, accept: false });
    const second = await client.api.contract.proposeAmendment({
      contractId: contract.id,
      amountMinor: 420_000,
      reason: "Smaller growth",
    });
    await client.api.contract.withdrawAmendment({ id: second.id });
    expect(await amountOf(contract.id)).toBe(350_000);
  });

  it("cannot go below what milestones already plan, nor be accepted once milestones outgrow it", async () => {
    const { client, freelancer, contract } = await hiredContract(db);
    await client.api.contract.addMilestone(milestone(contract.id, 200_000));
    await expect(
      client.api.contract.proposeAmendment({
        contractId: contract.id,
        amountMinor: 150_000,
        reason: "Cut scope",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const cut = await client.api.contract.proposeAmendment({
      contractId: contract.id,
      amountMinor: 250_000,
      reason: "Cut scope a bit",
    });
    await client.api.contract.addMilestone(milestone(contract.id, 100_000)); // now 300,000 planned
    await expect(
      freelancer.api.contract.respondToAmendment({ id: cut.id, accept: true }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await amountOf(contract.id)).toBe(350_000);
    const [row] = await db
      .select()
      .from(contractAmendments)
      .where(eq(contractAmendments.id, cut.id));
    expect(row!.status).toBe("pending"); // the failed accept changed nothing
  });

  it("a change nobody answered is withdrawn when the contract ends", async () => {
    const { client, freelancer, contract } = await hiredContract(db);
    const asked = await client.api.contract.proposeAmendment({
      contractId: contract.id,
      amountMinor: 500_000,
      reason: "Scope grew",
    });
    await client.api.contract.end({ id: contract.id });
    expect((await client.api.contract.workspace({ id: contract.id })).amendments[0]).toMatchObject({
      id: asked.id,
      status: "withdrawn",
    });
    await expect(
      freelancer.api.contract.respondToAmendment({ id: asked.id, accept: true }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await amountOf(contract.id)).toBe(350_000);
  });

  it("each side keeps to its own move; strangers see nothing", async () => {
    const { client, freelancer, contract } = await hiredContract(db);
    const stranger = await actor(db, "client");
    const input = { contractId: contract.id, amountMinor: 500_000, reason: "Scope grew" };
    await expect(freelancer.api.contract.proposeAmendment(input)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(stranger.api.contract.proposeAmendment(input)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const asked = await client.api.contract.proposeAmendment(input);
    await expect(
      client.api.contract.respondToAmendment({ id: asked.id, accept: true }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(freelancer.api.contract.withdrawAmendment({ id: asked.id })).rejects.toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
    await expect(
      stranger.api.contract.respondToAmendment({ id: asked.id, accept: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(stranger.api.contract.workspace({ id: contract.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await amountOf(contract.id)).toBe(350_000);
  });

  it("refuses bad input with field errors", async () => {
    const { client, contract } = await hiredContract(db);
    for (const bad of [
      { contractId: contract.id, amountMinor: 12.5, reason: "Cents only" },
      { contractId: contract.id, amountMinor: 500_000, reason: "" },
    ]) {
      await expect(client.api.contract.proposeAmendment(bad)).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
  });
});
