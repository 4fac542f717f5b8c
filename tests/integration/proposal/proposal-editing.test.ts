import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { databaseFingerprint } from "../../helpers/db-snapshot";
import { createTestDatabase } from "../../helpers/test-db";
import { projectInput, proposalInput } from "../../helpers/marketplace";
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

/** An open project of an hourly budget with one proposal on it. */
async function proposed() {
  const client = await actor(db, "client");
  const freelancer = await actor(db, "freelancer");
  const project = await client.api.project.create(
    await projectInput(db, { budgetType: "hourly", budgetMinMinor: 5_000, budgetMaxMinor: 9_000 }),
  );
  await client.api.project.publish({ id: project.id });
  const proposal = await freelancer.api.proposal.submit(proposalInput(project.id, 8_500));
  const rewrite = { id: proposal.id, ...proposalInput(project.id, 7_500) };
  return { client, freelancer, project, proposal, rewrite };
}

describe("a freelancer's own proposal", () => {
  it("reads back, on its project and in the list, with what the pages show", async () => {
    const { freelancer, project, proposal } = await proposed();
    const expected = {
      id: proposal.id,
      projectId: project.id,
      bidMinor: 8_500,
      currency: "USD",
      status: "submitted",
      budgetType: "hourly",
      projectStatus: "open",
      coverLetter: proposalInput(project.id).coverLetter,
      estimatedDuration: "1_to_3_months",
    };
    await expect(
      freelancer.api.proposal.mineForProject({ projectId: project.id }),
    ).resolves.toMatchObject(expected);
    await expect(freelancer.api.proposal.mine()).resolves.toEqual([
      expect.objectContaining({ ...expected, projectTitle: project.title }),
    ]);
  });

  it("is edited while the client has not shortlisted it, then CONFLICT, and nothing changes", async () => {
    const { client, freelancer, project, proposal, rewrite } = await proposed();
    const edited = await freelancer.api.proposal.edit({
      ...rewrite,
      coverLetter: `${rewrite.coverLetter} I can start on Monday.`,
    });
    expect(edited).toMatchObject({ bidMinor: 7_500, status: "submitted" });
    await expect(client.api.project.manage({ id: project.id })).resolves.toMatchObject({
      proposals: [expect.objectContaining({ bidMinor: 7_500, coverLetter: edited.coverLetter })],
    });

    await client.api.proposal.shortlist({ id: proposal.id });
    await refusedAndUnchanged(() => freelancer.api.proposal.edit(rewrite), "CONFLICT");
  });

  it("is withdrawn until accepted: shortlisted yes, accepted or rejected CONFLICT", async () => {
    const shortlisted = await proposed();
    await shortlisted.client.api.proposal.shortlist({ id: shortlisted.proposal.id });
    await expect(
      shortlisted.freelancer.api.proposal.withdraw({ id: shortlisted.proposal.id }),
    ).resolves.toMatchObject({ status: "withdrawn" });
    // Withdrawn is final: one proposal per project, and it cannot be edited back to life.
    await refusedAndUnchanged(
      () => shortlisted.freelancer.api.proposal.edit(shortlisted.rewrite),
      "CONFLICT",
    );
    await refusedAndUnchanged(
      () => shortlisted.freelancer.api.proposal.submit(proposalInput(shortlisted.project.id)),
      "CONFLICT",
    );

    const hired = await proposed();
    await hired.client.api.proposal.accept({ id: hired.proposal.id });
    await refusedAndUnchanged(
      () => hired.freelancer.api.proposal.withdraw({ id: hired.proposal.id }),
      "CONFLICT",
    );

    const rejected = await proposed();
    await rejected.client.api.proposal.reject({ id: rejected.proposal.id });
    await refusedAndUnchanged(
      () => rejected.freelancer.api.proposal.withdraw({ id: rejected.proposal.id }),
      "CONFLICT",
    );
  });

  it("is the freelancer's alone: another freelancer NOT_FOUND, the client FORBIDDEN", async () => {
    const { client, proposal, rewrite } = await proposed();
    const stranger = await actor(db, "freelancer");
    await refusedAndUnchanged(() => stranger.api.proposal.edit(rewrite), "NOT_FOUND");
    await refusedAndUnchanged(
      () => stranger.api.proposal.withdraw({ id: proposal.id }),
      "NOT_FOUND",
    );
    await refusedAndUnchanged(() => client.api.proposal.edit(rewrite), "FORBIDDEN");
    await refusedAndUnchanged(() => client.api.proposal.withdraw({ id: proposal.id }), "FORBIDDEN");
    await expect(
      stranger.api.proposal.mineForProject({ projectId: rewrite.projectId }),
    ).resolves.toBeNull();
  });
});
