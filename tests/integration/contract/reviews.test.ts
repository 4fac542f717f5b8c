import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { callerFor } from "../../helpers/caller";
import { createTestDatabase } from "../../helpers/test-db";
import { hiredContract } from "../../helpers/marketplace";
import { actor } from "../../helpers/people";

let db: Database;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

const contractBetween = () => hiredContract(db);

const scores = (overall: number) => ({
  overall,
  communication: overall,
  quality: 4,
  timeliness: 5,
  comment: "Clear briefs, quick answers, fair feedback.",
});

describe("reviews", () => {
  it("open only once the contract completes; each party reviews the other once; the reviewee replies once", async () => {
    const { client, freelancer, contract } = await contractBetween();
    await expect(
      client.api.contract.leaveReview({ contractId: contract.id, ...scores(5) }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await client.api.contract.end({ id: contract.id });

    const ofFreelancer = await client.api.contract.leaveReview({
      contractId: contract.id,
      ...scores(5),
    });
    expect(ofFreelancer.revieweeId).toBe(freelancer.user.id);
    await expect(
      client.api.contract.leaveReview({ contractId: contract.id, ...scores(4) }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const ofClient = await freelancer.api.contract.leaveReview({
      contractId: contract.id,
      ...scores(3),
    });
    expect(ofClient.revieweeId).toBe(client.user.id);

    await expect(
      client.api.contract.replyToReview({ id: ofFreelancer.id, reply: "Not mine to answer" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await freelancer.api.contract.replyToReview({ id: ofFreelancer.id, reply: "Thank you!" });
    await expect(
      freelancer.api.contract.replyToReview({ id: ofFreelancer.id, reply: "Again" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("a stranger cannot review a contract, and stars stay between 1 and 5", async () => {
    const { client, contract } = await contractBetween();
    await client.api.contract.end({ id: contract.id });
    const stranger = await actor(db, "client");
    await expect(
      stranger.api.contract.leaveReview({ contractId: contract.id, ...scores(5) }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      client.api.contract.leaveReview({ contractId: contract.id, ...scores(6) }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("profiles show the reviews a person received, with their averages, to anyone", async () => {
    const first = await contractBetween();
    await first.client.api.contract.end({ id: first.contract.id });
    await first.client.api.contract.leaveReview({ contractId: first.contract.id, ...scores(5) });
    const summary = await callerFor(db).contract.reviewsForUser({
      userId: first.freelancer.user.id,
    });
    expect(summary.count).toBe(1);
    expect(summary.averages).toEqual({ overall: 5, communication: 5, quality: 4, timeliness: 5 });
    expect(summary.reviews[0]).toMatchObject({ reviewerName: first.client.user.name, overall: 5 });
    const nobody = await callerFor(db).contract.reviewsForUser({ userId: "nobody" });
    expect(nobody).toMatchObject({ count: 0, averages: { overall: null } });
  });
});
