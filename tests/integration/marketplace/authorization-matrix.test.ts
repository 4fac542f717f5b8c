import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { projects } from "~/server/db/schema/projects";
import { contracts, proposals } from "~/server/db/schema/proposals";
import { callerFor } from "../../helpers/caller";
import { createTestDatabase } from "../../helpers/test-db";
import { actor, projectInput, proposalInput } from "./helpers";

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
const ids = { draft: "", open: "", proposal: "", shortlistable: "", contract: "", hired: "" };

async function snapshot() {
  return JSON.stringify({
    projects: await db.select().from(projects).orderBy(projects.id),
    proposals: await db.select().from(proposals).orderBy(proposals.id),
    contracts: await db.select().from(contracts).orderBy(contracts.id),
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
});

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
      name: "proposal.forProject",
      call: () => (api) => api.proposal.forProject({ projectId: ids.open }),
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
      refused: { anonymous: UNAUTHORIZED, otherClient: NOT_FOUND, otherFreelancer: NOT_FOUND },
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
    await expect(as.owner.proposal.forProject({ projectId: ids.open })).resolves.toHaveLength(1);
    await expect(as.owner.contract.byId({ id: ids.contract })).resolves.toBeDefined();
    await expect(as.proposer.contract.byId({ id: ids.contract })).resolves.toBeDefined();
    await expect(as.admin.contract.byId({ id: ids.contract })).resolves.toBeDefined();
  });
});
