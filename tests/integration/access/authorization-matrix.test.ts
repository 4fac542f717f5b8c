import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { projects } from "~/server/db/schema/projects";
import {
  clientProfiles,
  freelancerProfiles,
  freelancerSkills,
  portfolioItems,
} from "~/server/db/schema/profiles";
import { contractAmendments, contracts, milestones, reviews } from "~/server/db/schema/contracts";
import { proposals } from "~/server/db/schema/proposals";
import { callerFor } from "../../helpers/caller";
import { createTestDatabase } from "../../helpers/test-db";
import { projectInput, proposalInput } from "../../helpers/marketplace";
import { actor } from "../../helpers/people";

/**
 * Every marketplace procedure, called by everyone who must not succeed: anonymous, the
 * wrong role, and the right role on someone else's data. Each refusal has its code, and
 * after each one the data is exactly as it was.
 */
let db: Database;
type Api = ReturnType<typeof callerFor>;
type Actors = Record<
  "anonymous" | "owner" | "otherClient" | "proposer" | "otherFreelancer" | "admin",
  Api
>;
let as: Actors;
const ids = {
  draft: "",
  open: "",
  proposal: "",
  shortlistable: "",
  contract: "",
  hired: "",
  pendingMilestone: "",
  submittedMilestone: "",
  amendment: "",
  completedContract: "",
  review: "",
};

async function snapshot() {
  return JSON.stringify({
    projects: await db.select().from(projects).orderBy(projects.id),
    proposals: await db.select().from(proposals).orderBy(proposals.id),
    contracts: await db.select().from(contracts).orderBy(contracts.id),
    milestones: await db.select().from(milestones).orderBy(milestones.id),
    amendments: await db.select().from(contractAmendments).orderBy(contractAmendments.id),
    reviews: await db.select().from(reviews).orderBy(reviews.id),
    freelancerProfiles: await db.select().from(freelancerProfiles),
    freelancerSkills: await db.select().from(freelancerSkills),
    portfolioItems: await db.select().from(portfolioItems),
    clientProfiles: await db.select().from(clientProfiles),
  });
}

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  const owner = await actor(db, "client");
  const proposer = await actor(db, "freelancer");
  as = {
    anonymous: callerFor(db),
    owner: owner.api,
    otherClient: (await actor(db, "client")).api,
    proposer: proposer.api,
    otherFreelancer: (await actor(db, "freelancer")).api,
    admin: (await actor(db, "admin")).api,
  };
  ids.draft = (await owner.api.project.create(await projectInput(db))).id;
  ids.open = (await owner.api.project.create(await projectInput(db))).id;
  await owner.api.project.publish({ id: ids.open });
  ids.proposal = (await proposer.api.proposal.submit(proposalInput(ids.open))).id;
  ids.shortlistable = ids.proposal;
  ids.hired = (await owner.api.project.create(await projectInput(db))).id;
  await owner.api.project.publish({ id: ids.hired });
  const hiredProposal = await proposer.api.proposal.submit(proposalInput(ids.hired));
  ids.contract = (await owner.api.proposal.accept({ id: hiredProposal.id })).id;
  const milestone = (title: string) => ({
    contractId: ids.contract,
    title,
    amountMinor: 100_000,
    dueDate: null,
  });
  ids.pendingMilestone = (await owner.api.contract.addMilestone(milestone("Pending"))).id;
  ids.submittedMilestone = (await owner.api.contract.addMilestone(milestone("Submitted"))).id;
  await proposer.api.contract.submitMilestone({ id: ids.submittedMilestone, note: "Done" });
  ids.amendment = (
    await owner.api.contract.proposeAmendment({
      contractId: ids.contract,
      amountMinor: 500_000,
      reason: "More screens",
    })
  ).id;

  const finished = await owner.api.project.create(await projectInput(db));
  await owner.api.project.publish({ id: finished.id });
  const finishedProposal = await proposer.api.proposal.submit(proposalInput(finished.id));
  ids.completedContract = (await owner.api.proposal.accept({ id: finishedProposal.id })).id;
  await owner.api.contract.end({ id: ids.completedContract });
  ids.review = (
    await owner.api.contract.leaveReview({
      contractId: ids.completedContract,
      overall: 5,
      communication: 5,
      quality: 5,
      timeliness: 5,
      comment: "Great to work with.",
    })
  ).id;
});

const profile = async () => ({
  headline: "A headline long enough to pass",
  bio: "",
  hourlyRateMinor: 5_000,
  currency: "USD" as const,
  availability: "available" as const,
  location: "",
  skillIds: [(await projectInput(db)).skillIds[0]!],
  portfolio: [],
});
const clientProfile = { companyName: "Acme", about: "", website: "", location: "" };
const readers = {
  anonymous: "UNAUTHORIZED",
  otherClient: "NOT_FOUND",
  otherFreelancer: "NOT_FOUND",
};

type Call = (api: Api) => Promise<unknown>;
const UNAUTHORIZED = "UNAUTHORIZED";
const FORBIDDEN = "FORBIDDEN";
const NOT_FOUND = "NOT_FOUND";

/** procedure → call, and the code each actor who must not succeed gets. */
const matrix: { name: string; call: () => Call; refused: Partial<Record<keyof Actors, string>> }[] =
  [
    {
      name: "project.update",
      call: () => async (api) => api.project.update({ id: ids.draft, ...(await projectInput(db)) }),
      refused: {
        anonymous: UNAUTHORIZED,
        proposer: FORBIDDEN,
        admin: FORBIDDEN,
        otherClient: NOT_FOUND,
      },
    },
    {
      name: "project.publish",
      call: () => (api) => api.project.publish({ id: ids.draft }),
      refused: {
        anonymous: UNAUTHORIZED,
        proposer: FORBIDDEN,
        admin: FORBIDDEN,
        otherClient: NOT_FOUND,
      },
    },
    {
      name: "project.cancel",
      call: () => (api) => api.project.cancel({ id: ids.open }),
      refused: {
        anonymous: UNAUTHORIZED,
        proposer: FORBIDDEN,
        otherFreelancer: FORBIDDEN,
        otherClient: NOT_FOUND,
      },
    },
    {
      name: "project.byId (draft)",
      call: () => (api) => api.project.byId({ id: ids.draft }),
      refused: { anonymous: NOT_FOUND, proposer: NOT_FOUND, otherClient: NOT_FOUND },
    },
    {
      name: "project.create",
      call: () => async (api) => api.project.create(await projectInput(db)),
      refused: {
        anonymous: UNAUTHORIZED,
        proposer: FORBIDDEN,
        otherFreelancer: FORBIDDEN,
        admin: FORBIDDEN,
      },
    },
    {
      name: "proposal.submit",
      call: () => (api) => api.proposal.submit(proposalInput(ids.open)),
      refused: {
        anonymous: UNAUTHORIZED,
        owner: FORBIDDEN,
        otherClient: FORBIDDEN,
        admin: FORBIDDEN,
      },
    },
    {
      name: "proposal.edit",
      call: () => (api) =>
        api.proposal.edit({ id: ids.proposal, ...proposalInput(ids.open, 123_400) }),
      refused: { anonymous: UNAUTHORIZED, owner: FORBIDDEN, otherFreelancer: NOT_FOUND },
    },
    {
      name: "proposal.withdraw",
      call: () => (api) => api.proposal.withdraw({ id: ids.proposal }),
      refused: { anonymous: UNAUTHORIZED, owner: FORBIDDEN, otherFreelancer: NOT_FOUND },
    },
    {
      name: "project.manage",
      call: () => (api) => api.project.manage({ id: ids.open }),
      refused: { anonymous: UNAUTHORIZED, proposer: FORBIDDEN, otherClient: NOT_FOUND },
    },
    {
      name: "proposal.shortlist",
      call: () => (api) => api.proposal.shortlist({ id: ids.shortlistable }),
      refused: { anonymous: UNAUTHORIZED, proposer: FORBIDDEN, otherClient: NOT_FOUND },
    },
    {
      name: "proposal.reject",
      call: () => (api) => api.proposal.reject({ id: ids.proposal }),
      refused: { anonymous: UNAUTHORIZED, proposer: FORBIDDEN, otherClient: NOT_FOUND },
    },
    {
      name: "proposal.accept",
      call: () => (api) => api.proposal.accept({ id: ids.proposal }),
      refused: {
        anonymous: UNAUTHORIZED,
        proposer: FORBIDDEN,
        otherFreelancer: FORBIDDEN,
        otherClient: NOT_FOUND,
      },
    },
    {
      name: "contract.byId",
      call: () => (api) => api.contract.byId({ id: ids.contract }),
      refused: readers,
    },
    {
      name: "contract.workspace",
      call: () => (api) => api.contract.workspace({ id: ids.contract }),
      refused: readers,
    },
    {
      name: "contract.workspace (finished, with reviews)",
      call: () => (api) => api.contract.workspace({ id: ids.completedContract }),
      refused: readers,
    },
    {
      name: "contract.addMilestone",
      call: () => (api) =>
        api.contract.addMilestone({
          contractId: ids.contract,
          title: "Extra",
          amountMinor: 1_000,
          dueDate: null,
        }),
      refused: { ...readers, proposer: FORBIDDEN, admin: NOT_FOUND },
    },
    {
      name: "contract.submitMilestone",
      call: () => (api) => api.contract.submitMilestone({ id: ids.pendingMilestone, note: "Done" }),
      refused: { ...readers, owner: FORBIDDEN, admin: NOT_FOUND },
    },
    {
      name: "contract.approveMilestone",
      call: () => (api) => api.contract.approveMilestone({ id: ids.submittedMilestone }),
      refused: { ...readers, proposer: FORBIDDEN, admin: NOT_FOUND },
    },
    {
      name: "contract.requestChanges",
      call: () => (api) =>
        api.contract.requestChanges({ id: ids.submittedMilestone, reason: "Please redo it" }),
      refused: { ...readers, proposer: FORBIDDEN, admin: NOT_FOUND },
    },
    {
      name: "contract.end",
      call: () => (api) => api.contract.end({ id: ids.contract }),
      refused: { ...readers, proposer: FORBIDDEN, admin: NOT_FOUND },
    },
    {
      name: "contract.proposeAmendment",
      call: () => (api) =>
        api.contract.proposeAmendment({
          contractId: ids.contract,
          amountMinor: 600_000,
          reason: "Even more",
        }),
      refused: { ...readers, proposer: FORBIDDEN, admin: NOT_FOUND },
    },
    {
      name: "contract.respondToAmendment",
      call: () => (api) => api.contract.respondToAmendment({ id: ids.amendment, accept: true }),
      refused: { ...readers, owner: FORBIDDEN, admin: NOT_FOUND },
    },
    {
      name: "contract.withdrawAmendment",
      call: () => (api) => api.contract.withdrawAmendment({ id: ids.amendment }),
      refused: { ...readers, proposer: FORBIDDEN, admin: NOT_FOUND },
    },
    {
      name: "contract.leaveReview",
      call: () => (api) =>
        api.contract.leaveReview({
          contractId: ids.completedContract,
          overall: 1,
          communication: 1,
          quality: 1,
          timeliness: 1,
          comment: "Not a party to this.",
        }),
      refused: { ...readers, admin: NOT_FOUND },
    },
    {
      name: "contract.replyToReview",
      call: () => (api) => api.contract.replyToReview({ id: ids.review, reply: "Thanks!" }),
      // Only the person reviewed may answer; to anyone else the review is not theirs to find.
      refused: { ...readers, owner: NOT_FOUND, admin: NOT_FOUND },
    },
    {
      name: "profile.saveFreelancer",
      call: () => async (api) => api.profile.saveFreelancer(await profile()),
      refused: { anonymous: UNAUTHORIZED, owner: FORBIDDEN, admin: FORBIDDEN },
    },
    {
      name: "profile.myFreelancer",
      call: () => (api) => api.profile.myFreelancer(),
      refused: { anonymous: UNAUTHORIZED, owner: FORBIDDEN, admin: FORBIDDEN },
    },
    {
      name: "profile.saveClient",
      call: () => (api) => api.profile.saveClient(clientProfile),
      refused: { anonymous: UNAUTHORIZED, proposer: FORBIDDEN, admin: FORBIDDEN },
    },
    {
      name: "profile.myClient",
      call: () => (api) => api.profile.myClient(),
      refused: { anonymous: UNAUTHORIZED, proposer: FORBIDDEN, admin: FORBIDDEN },
    },
    {
      name: "dashboard.client",
      call: () => (api) => api.dashboard.client(),
      refused: { anonymous: UNAUTHORIZED, proposer: FORBIDDEN, admin: FORBIDDEN },
    },
    {
      name: "dashboard.recommendations",
      call: () => (api) => api.dashboard.recommendations(),
      refused: { anonymous: UNAUTHORIZED, owner: FORBIDDEN, admin: FORBIDDEN },
    },
    {
      name: "dashboard.freelancer",
      call: () => (api) => api.dashboard.freelancer(),
      refused: { anonymous: UNAUTHORIZED, owner: FORBIDDEN, admin: FORBIDDEN },
    },
  ];

describe("authorization matrix", () => {
  for (const entry of matrix) {
    for (const [who, expected] of Object.entries(entry.refused)) {
      it(`${entry.name} as ${who}: ${expected}, and nothing changes`, async () => {
        const before = await snapshot();
        const outcome = await entry
          .call()(as[who as keyof Actors])
          .then(
            () => "OK",
            (error: { code?: string }) => error.code,
          );
        expect(outcome).toBe(expected);
        expect(await snapshot()).toBe(before);
      });
    }
  }

  it("the owner and the proposer can do what the matrix refuses the others", async () => {
    await expect(as.owner.project.manage({ id: ids.open })).resolves.toMatchObject({
      proposals: [expect.objectContaining({ id: ids.proposal })],
    });
    await expect(as.owner.contract.byId({ id: ids.contract })).resolves.toBeDefined();
    await expect(as.proposer.contract.byId({ id: ids.contract })).resolves.toBeDefined();
    // An admin reads other people's contracts only with a 2FA-proven session (visibility.test.ts).
    await expect(as.admin.contract.byId({ id: ids.contract })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(as.owner.contract.workspace({ id: ids.contract })).resolves.toMatchObject({
      role: "client",
      milestones: [expect.anything(), expect.anything()],
      amendments: [expect.objectContaining({ status: "pending" })],
    });
    await expect(as.proposer.contract.workspace({ id: ids.contract })).resolves.toMatchObject({
      role: "freelancer",
    });
  });
});
