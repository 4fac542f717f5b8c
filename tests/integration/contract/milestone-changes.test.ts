import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { milestones } from "~/server/db/schema/contracts";
import { milestoneEvents } from "~/server/db/schema/milestone-events";
import { DUE_DATE_IN_PAST } from "~/shared/format/dates";
import { databaseFingerprint } from "../../helpers/db-snapshot";
import { createTestDatabase } from "../../helpers/test-db";
import { hiredContract } from "../../helpers/marketplace";
import { fund } from "../../helpers/money";
import { actor } from "../../helpers/people";

let db: Database;
let fingerprint: () => Promise<string>;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  fingerprint = await databaseFingerprint(db);
});

async function refusedAndUnchanged(call: () => Promise<unknown>, code: string) {
  const before = await fingerprint();
  await expect(call()).rejects.toMatchObject({ code });
  expect(await fingerprint()).toBe(before);
}

const DAY = 24 * 60 * 60 * 1000;
const day = (offsetDays: number) =>
  new Date(`${new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10)}T00:00:00Z`);

/** An active contract of 3,500.00 with one pending milestone of 1,000.00 planned. */
async function planned() {
  const hired = await hiredContract(db);
  const milestone = await hired.client.api.contract.addMilestone({
    contractId: hired.contract.id,
    title: "Design",
    amountMinor: 100_000,
    dueDate: day(10),
  });
  const edit = {
    id: milestone.id,
    title: "Design and prototype",
    amountMinor: 150_000,
    dueDate: day(20),
  };
  return { ...hired, milestone, edit };
}

describe("changing a milestone before it is handed in", () => {
  it("the client edits a pending milestone; the freelancer reads the change", async () => {
    const { client, freelancer, contract, edit } = await planned();
    await expect(client.api.contract.editMilestone(edit)).resolves.toMatchObject({
      ...edit,
      status: "pending",
    });
    const seen = await freelancer.api.contract.workspace({ id: contract.id });
    expect(seen.milestones).toEqual([expect.objectContaining(edit)]);
  });

  it("keeps the plan within the contract amount on edit, counting the milestone once", async () => {
    const { client, contract, milestone, edit } = await planned();
    await client.api.contract.addMilestone({
      contractId: contract.id,
      title: "Build",
      amountMinor: 200_000,
    });
    // 3,500 = 2,000 + 1,500: exactly the rest fits; a cent more does not.
    await expect(
      client.api.contract.editMilestone({ ...edit, amountMinor: 150_000 }),
    ).resolves.toBeDefined();
    await refusedAndUnchanged(
      () => client.api.contract.editMilestone({ ...edit, amountMinor: 150_001 }),
      "CONFLICT",
    );
    expect((await client.api.contract.workspace({ id: contract.id })).milestones[0]).toMatchObject({
      id: milestone.id,
      amountMinor: 150_000,
    });
  });

  it("refuses a due date moved into the past, keeps one that passed while it waited, and may clear it", async () => {
    const { client, milestone, edit } = await planned();
    await refusedAndUnchanged(
      () => client.api.contract.editMilestone({ ...edit, dueDate: day(-3) }),
      "BAD_REQUEST",
    );
    await expect(
      client.api.contract.editMilestone({ ...edit, dueDate: day(-3) }),
    ).rejects.toMatchObject({ message: DUE_DATE_IN_PAST });
    // The due day passed while the milestone waited: editing the title keeps it as it was.
    await db
      .update(milestones)
      .set({ dueDate: day(-5) })
      .where(eq(milestones.id, milestone.id));
    await expect(
      client.api.contract.editMilestone({ ...edit, dueDate: day(-5) }),
    ).resolves.toMatchObject({ title: edit.title, dueDate: day(-5) });
    await expect(
      client.api.contract.editMilestone({ ...edit, dueDate: null }),
    ).resolves.toMatchObject({ dueDate: null });
  });

  it("the client removes a pending milestone, freeing its amount", async () => {
    const { client, freelancer, contract, milestone } = await planned();
    await expect(client.api.contract.removeMilestone({ id: milestone.id })).resolves.toEqual({
      id: milestone.id,
      contractId: contract.id,
    });
    expect((await freelancer.api.contract.workspace({ id: contract.id })).milestones).toEqual([]);
    await expect(
      client.api.contract.addMilestone({
        contractId: contract.id,
        title: "All of it",
        amountMinor: 350_000,
      }),
    ).resolves.toBeDefined();
  });

  it("answers CONFLICT once handed in, sent back or approved, and on an ended contract", async () => {
    const { client, freelancer, contract, milestone, edit } = await planned();
    await fund(client, milestone.id);
    await freelancer.api.contract.submitMilestone({ id: milestone.id, note: "Designs" });
    await refusedAndUnchanged(() => client.api.contract.editMilestone(edit), "CONFLICT");
    await refusedAndUnchanged(
      () => client.api.contract.removeMilestone({ id: milestone.id }),
      "CONFLICT",
    );
    await client.api.contract.requestChanges({ id: milestone.id, reason: "Bigger type" });
    await refusedAndUnchanged(() => client.api.contract.editMilestone(edit), "CONFLICT");
    await refusedAndUnchanged(
      () => client.api.contract.removeMilestone({ id: milestone.id }),
      "CONFLICT",
    );
    await freelancer.api.contract.submitMilestone({ id: milestone.id, note: "Bigger type" });
    await client.api.contract.addMilestone({
      contractId: contract.id,
      title: "Keeps the contract active",
      amountMinor: 100,
    });
    await client.api.contract.approveMilestone({ id: milestone.id });
    await refusedAndUnchanged(() => client.api.contract.editMilestone(edit), "CONFLICT");
    await refusedAndUnchanged(
      () => client.api.contract.removeMilestone({ id: milestone.id }),
      "CONFLICT",
    );

    const ended = await planned();
    await ended.client.api.contract.end({ id: ended.contract.id });
    await refusedAndUnchanged(
      () => ended.client.api.contract.editMilestone(ended.edit),
      "CONFLICT",
    );
    await refusedAndUnchanged(
      () => ended.client.api.contract.removeMilestone({ id: ended.milestone.id }),
      "CONFLICT",
    );
  });

  it("is the client's: the freelancer FORBIDDEN, strangers NOT_FOUND", async () => {
    const { freelancer, milestone, edit } = await planned();
    const [otherClient, otherFreelancer] = [
      await actor(db, "client"),
      await actor(db, "freelancer"),
    ];
    await refusedAndUnchanged(() => freelancer.api.contract.editMilestone(edit), "FORBIDDEN");
    await refusedAndUnchanged(
      () => freelancer.api.contract.removeMilestone({ id: milestone.id }),
      "FORBIDDEN",
    );
    for (const stranger of [otherClient, otherFreelancer]) {
      await refusedAndUnchanged(() => stranger.api.contract.editMilestone(edit), "NOT_FOUND");
      await refusedAndUnchanged(
        () => stranger.api.contract.removeMilestone({ id: milestone.id }),
        "NOT_FOUND",
      );
    }
  });
});

describe("due dates", () => {
  it("a new milestone may be due today (anywhere on earth) or later, never on a day already over", async () => {
    const { client, contract } = await hiredContract(db);
    const add = (dueDate: Date) =>
      client.api.contract.addMilestone({
        contractId: contract.id,
        title: "Step",
        amountMinor: 100,
        dueDate,
      });
    await expect(add(day(0))).resolves.toBeDefined();
    // Yesterday in UTC is still today west of it until 12:00 UTC; two days ago is over everywhere.
    await refusedAndUnchanged(() => add(day(-2)), "BAD_REQUEST");
    await expect(add(day(-2))).rejects.toMatchObject({
      message: expect.stringContaining(DUE_DATE_IN_PAST),
    });
  });
});

describe("a milestone's history", () => {
  it("keeps every hand-in and request for changes; a resubmission overwrites nothing", async () => {
    const { client, freelancer, contract, milestone } = await planned();
    await fund(client, milestone.id);
    await freelancer.api.contract.submitMilestone({
      id: milestone.id,
      note: "First designs",
      links: ["https://example.com/v1"],
    });
    await client.api.contract.requestChanges({
      id: milestone.id,
      reason: "Bigger buttons, please",
    });
    await freelancer.api.contract.submitMilestone({
      id: milestone.id,
      note: "Buttons are bigger",
      links: ["https://example.com/v2"],
    });
    await client.api.contract.approveMilestone({ id: milestone.id });

    for (const party of [client, freelancer]) {
      const { milestones: plan, milestoneHistory } = await party.api.contract.workspace({
        id: contract.id,
      });
      // The milestone row shows the latest hand-in, for lists.
      expect(plan[0]).toMatchObject({ status: "approved", submissionNote: "Buttons are bigger" });
      expect(
        milestoneHistory.map(({ kind, note, links, reason, milestoneId }) => ({
          kind,
          note,
          links,
          reason,
          milestoneId,
        })),
      ).toEqual([
        {
          kind: "submitted",
          note: "First designs",
          links: ["https://example.com/v1"],
          reason: null,
          milestoneId: milestone.id,
        },
        {
          kind: "changes_requested",
          note: null,
          links: null,
          reason: "Bigger buttons, please",
          milestoneId: milestone.id,
        },
        {
          kind: "submitted",
          note: "Buttons are bigger",
          links: ["https://example.com/v2"],
          reason: null,
          milestoneId: milestone.id,
        },
        { kind: "approved", note: null, links: null, reason: null, milestoneId: milestone.id },
      ]);
      const times = milestoneHistory.map((event) => event.createdAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it("is append-only: the database refuses to rewrite it", async () => {
    const { client, freelancer, milestone } = await planned();
    await fund(client, milestone.id);
    await freelancer.api.contract.submitMilestone({ id: milestone.id, note: "Done" });
    await expect(
      db
        .update(milestoneEvents)
        .set({ note: "Rewritten" })
        .where(eq(milestoneEvents.milestoneId, milestone.id)),
    ).rejects.toThrow();
    const [row] = await db.all<{ note: string }>(
      sql`select note from milestone_events where milestone_id = ${milestone.id}`,
    );
    expect(row!.note).toBe("Done");
  });

  it("is the parties' alone: strangers cannot read the contract it belongs to", async () => {
    const { contract } = await planned();
    const stranger = await actor(db, "freelancer");
    await expect(stranger.api.contract.workspace({ id: contract.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
