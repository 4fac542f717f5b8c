import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { callerFor } from "../../helpers/caller";
import {
  createProject,
  createSkill,
  hiredContract,
  projectInput,
  proposalInput,
} from "../../helpers/marketplace";
import { actor } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

let db: Database;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

const DAY = 86_400_000;

describe("client dashboard", () => {
  it("counts my projects by status, lists proposals awaiting my decision, active contracts and milestones due", async () => {
    const { client, freelancer, contract } = await hiredContract(db);
    const open = await client.api.project.create(await projectInput(db));
    await client.api.project.publish({ id: open.id });
    await client.api.project.create(await projectInput(db)); // a draft
    const waiting = await freelancer.api.proposal.submit(proposalInput(open.id, 123_400));
    const later = new Date(Date.now() + 10 * DAY);
    const sooner = new Date(Date.now() + 2 * DAY);
    await client.api.contract.addMilestone({
      contractId: contract.id,
      title: "Design",
      amountMinor: 50_000,
      dueDate: later,
    });
    await client.api.contract.addMilestone({
      contractId: contract.id,
      title: "Build",
      amountMinor: 50_000,
      dueDate: sooner,
    });
    await client.api.contract.addMilestone({
      contractId: contract.id,
      title: "Polish",
      amountMinor: 50_000,
      dueDate: null,
    });

    // Someone else's project and proposals never show on my dashboard.
    const other = await actor(db, "client");
    const theirs = await other.api.project.create(await projectInput(db));
    await other.api.project.publish({ id: theirs.id });
    await freelancer.api.proposal.submit(proposalInput(theirs.id));

    const board = await client.api.dashboard.client();
    expect(board.projectCounts).toMatchObject({ draft: 1, open: 1, in_progress: 1, completed: 0 });
    expect(board.awaitingDecision.total).toBe(1);
    expect(board.awaitingDecision.proposals.map((p) => p.id)).toEqual([waiting.id]);
    expect(board.recentProjects.find((p) => p.id === open.id)).toMatchObject({
      proposalCount: 1,
      awaitingCount: 1,
    });
    expect(board.activeContracts).toEqual([
      expect.objectContaining({
        id: contract.id,
        otherPartyName: freelancer.user.name,
        milestoneCount: 3,
        approvedCount: 0,
      }),
    ]);
    expect(board.milestones.map((m) => m.title)).toEqual(["Build", "Design", "Polish"]);

    const theirBoard = await other.api.dashboard.client();
    expect(theirBoard.awaitingDecision.proposals.map((p) => p.projectId)).toEqual([theirs.id]);
    expect(theirBoard.activeContracts).toEqual([]);
  });

  it("is for clients only", async () => {
    const freelancer = await actor(db, "freelancer");
    await expect(freelancer.api.dashboard.client()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(db, null).dashboard.client()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

describe("freelancer dashboard", () => {
  it("counts my proposals by status and shows my active contracts", async () => {
    const { freelancer, contract } = await hiredContract(db);
    const board = await freelancer.api.dashboard.freelancer();
    expect(board.proposalCounts).toMatchObject({ accepted: 1, submitted: 0 });
    expect(board.activeContracts.map((c) => c.id)).toEqual([contract.id]);
    const stranger = await actor(db, "freelancer");
    const theirs = await stranger.api.dashboard.freelancer();
    expect(theirs.activeContracts).toEqual([]);
    expect(theirs.recentProposals).toEqual([]);
    await expect(stranger.api.dashboard.client()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("recommends open projects by skill overlap, then budget fit, then recency, leaving out those already proposed to", async () => {
    const recDb = (await createTestDatabase()).db;
    const [a, b, c] = [
      await createSkill(recDb, "Alpha"),
      await createSkill(recDb, "Beta"),
      await createSkill(recDb, "Gamma"),
    ];
    const client = await actor(recDb, "client");
    const freelancer = await actor(recDb, "freelancer");
    await freelancer.api.profile.saveFreelancer({
      headline: "Alpha and Beta specialist for hire",
      bio: "",
      hourlyRateMinor: 5_000,
      currency: "USD",
      availability: "available",
      location: "",
      skillIds: [a.id, b.id],
      portfolio: [],
    });
    const now = Date.now();
    const project = (
      name: string,
      ageDays: number,
      skillIds: number[],
      extra: Record<string, unknown> = {},
    ) =>
      createProject(recDb, client.user.id, {
        title: name,
        skillIds,
        budgetType: "hourly",
        budgetMinMinor: 2_000,
        budgetMaxMinor: 6_000,
        publishedAt: new Date(now - ageDays * DAY),
        ...extra,
      });
    // Different durations: each is a kind of work of its own, so only the ranking orders them.
    await project("both skills, fits", 5, [a.id, b.id]);
    await project("both skills, too cheap", 1, [a.id, b.id], {
      budgetMaxMinor: 3_000,
      duration: "1_to_3_months",
    });
    await project("both skills, other currency", 0, [a.id, b.id], {
      currency: "EUR",
      duration: "3_to_6_months",
    });
    await project("one skill, fits, older", 9, [a.id]);
    await project("one skill, fits, newer", 2, [b.id, c.id]);
    await project("fixed price reaching ten hours", 20, [a.id], {
      budgetType: "fixed",
      budgetMaxMinor: 50_000,
    });
    await project("fixed price below ten hours", 0, [a.id], {
      budgetType: "fixed",
      budgetMaxMinor: 49_900,
    });
    await project("no shared skill", 0, [c.id]);
    await project("a draft", 0, [a.id, b.id], { status: "draft", publishedAt: null });
    const proposed = await project("already proposed to", 0, [a.id, b.id]);
    await freelancer.api.proposal.submit(proposalInput(proposed.id, 5_000));

    const recommended = await freelancer.api.dashboard.recommendations();
    expect(recommended.hasProfile).toBe(true);
    expect(recommended.projects.map((p) => p.title)).toEqual([
      "both skills, fits",
      "both skills, other currency",
      "both skills, too cheap",
      "one skill, fits, newer",
      "one skill, fits, older",
      "fixed price reaching ten hours",
    ]);
    expect(recommended.projects[0]).toMatchObject({ skillsMatched: 2, budgetFit: 1 });
  });

  it("lists one project of each kind of work before a second of any kind", async () => {
    const recDb = (await createTestDatabase()).db;
    const [a, b] = [await createSkill(recDb, "Alpha"), await createSkill(recDb, "Beta")];
    const client = await actor(recDb, "client");
    const freelancer = await actor(recDb, "freelancer");
    await freelancer.api.profile.saveFreelancer({
      headline: "Alpha and Beta specialist for hire",
      bio: "",
      hourlyRateMinor: 5_000,
      currency: "USD",
      availability: "available",
      location: "",
      skillIds: [a.id, b.id],
      portfolio: [],
    });
    const now = Date.now();
    const project = (title: string, ageDays: number, skillIds: number[], extra = {}) =>
      createProject(recDb, client.user.id, {
        title,
        skillIds,
        budgetType: "hourly",
        budgetMinMinor: 2_000,
        budgetMaxMinor: 6_000,
        publishedAt: new Date(now - ageDays * DAY),
        ...extra,
      });
    // Seven alike (same skills, budget type, level and duration), newest first...
    for (let day = 0; day < 7; day++) await project(`alike ${day}`, day, [a.id, b.id]);
    // ...and, ranked below them, other kinds: fewer skills, or another level or duration.
    await project("one skill", 1, [a.id]);
    await project("other skill", 2, [b.id]);
    await project("both, for experts", 9, [a.id, b.id], { experienceLevel: "expert" });
    await project("both, longer", 10, [a.id, b.id], { duration: "3_to_6_months" });

    const recommended = await freelancer.api.dashboard.recommendations();
    expect(recommended.projects.map((p) => p.title)).toEqual([
      "alike 0",
      "both, for experts",
      "both, longer",
      "one skill",
      "other skill",
      // Only then a second of a kind, in rank order.
      "alike 1",
    ]);
  });

  it("asks for a profile before recommending", async () => {
    const freelancer = await actor(db, "freelancer");
    expect(await freelancer.api.dashboard.recommendations()).toEqual({
      hasProfile: false,
      projects: [],
    });
    expect((await freelancer.api.dashboard.freelancer()).hasProfile).toBe(false);
  });
});
