import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { users } from "~/server/db/schema/users";
import { callerFor } from "../../helpers/caller";
import { createTestDatabase } from "../../helpers/test-db";
import { projectInput, proposalInput } from "../../helpers/marketplace";
import { actor } from "../../helpers/people";

let db: Database;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

const review = (contractId: string, overall: number) => ({
  contractId,
  overall,
  communication: 5,
  quality: 5,
  timeliness: 5,
  comment: "Clear brief, quick answers.",
});

describe("a project's client trust signals", () => {
  it("says how long the client has been here, what they posted and hired, how freelancers rate them, and the competition", async () => {
    const client = await actor(db, "client");
    const joined = new Date("2024-03-05T00:00:00Z");
    await db.update(users).set({ createdAt: joined }).where(eq(users.id, client.user.id));
    const publish = async () => {
      const project = await client.api.project.create(await projectInput(db));
      await client.api.project.publish({ id: project.id });
      return project.id;
    };
    // Four published projects: two hired (both contracts ended and reviewed), one open with
    // proposals, one closed. A draft does not count as posted.
    const ratings = [5, 4];
    for (const overall of ratings) {
      const projectId = await publish();
      const freelancer = await actor(db, "freelancer");
      const proposal = await freelancer.api.proposal.submit(proposalInput(projectId));
      const contract = await client.api.proposal.accept({ id: proposal.id });
      await client.api.contract.end({ id: contract.id });
      await freelancer.api.contract.leaveReview(review(contract.id, overall));
    }
    const open = await publish();
    const closed = await publish();
    await client.api.project.cancel({ id: closed });
    await client.api.project.create(await projectInput(db));
    const proposers = await Promise.all(Array.from({ length: 7 }, () => actor(db, "freelancer")));
    for (const f of proposers) await f.api.proposal.submit(proposalInput(open));
    // A withdrawn proposal is no competition: six remain, "5 to 10".
    const [withdrawing] = proposers;
    const mine = await withdrawing!.api.proposal.mineForProject({ projectId: open });
    await withdrawing!.api.proposal.withdraw({ id: mine!.id });

    const anyone = callerFor(db);
    expect(await anyone.project.trustSignals({ id: open })).toEqual({
      memberSince: joined,
      projectsPosted: 4,
      projectsHired: 2,
      hireRatePercent: 50,
      rating: 4.5,
      reviewCount: 2,
      proposalBand: "5 to 10",
    });
    expect(await anyone.project.trustSignals({ id: closed })).toMatchObject({
      proposalBand: "Less than 5",
    });
  });

  it("a client with nothing yet: no hire rate, no rating", async () => {
    const client = await actor(db, "client");
    const draft = await client.api.project.create(await projectInput(db));
    // The client sees their own draft's panel; nothing is posted yet.
    expect(await client.api.project.trustSignals({ id: draft.id })).toMatchObject({
      projectsPosted: 0,
      projectsHired: 0,
      hireRatePercent: null,
      rating: null,
      reviewCount: 0,
      proposalBand: "Less than 5",
    });
  });

  it("is visible exactly when the project is: a draft is NOT_FOUND to everyone but its client", async () => {
    const client = await actor(db, "client");
    const draft = await client.api.project.create(await projectInput(db));
    const freelancer = await actor(db, "freelancer");
    for (const caller of [callerFor(db), freelancer.api, (await actor(db, "client")).api]) {
      await expect(caller.project.trustSignals({ id: draft.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(caller.project.trustSignals({ id: "no-such-project" })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });
});
