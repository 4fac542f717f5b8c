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
import {
  invoices,
  ledgerAccounts,
  ledgerEntries,
  paymentMethods,
  payments,
  payouts,
  refunds,
} from "~/server/db/schema/money";
import { proposals } from "~/server/db/schema/proposals";
import { callerFor } from "../../helpers/caller";
import { createTestDatabase } from "../../helpers/test-db";
import { hiredContract, projectInput, proposalInput } from "../../helpers/marketplace";
import { cards, fund } from "../../helpers/money";
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
/** The other client's and other freelancer's own contract, with money of their own. */
let theirContract = "";
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
  /** The owner's paid milestone payment, one waiting for the bank, and their receipts. */
  payment: "",
  waitingPayment: "",
  receipt: "",
  refundNote: "",
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
    payments: await db.select().from(payments).orderBy(payments.id),
    refunds: await db.select().from(refunds).orderBy(refunds.id),
    invoices: await db.select().from(invoices).orderBy(invoices.id),
    ledgerAccounts: await db.select().from(ledgerAccounts).orderBy(ledgerAccounts.id),
    ledgerEntries: await db.select().from(ledgerEntries).orderBy(ledgerEntries.seq),
    paymentMethods: await db.select().from(paymentMethods).orderBy(paymentMethods.userId),
    payouts: await db.select().from(payouts).orderBy(payouts.id),
  });
}

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  const owner = await actor(db, "client");
  const proposer = await actor(db, "freelancer");
  // The other client and freelancer have a contract, and money, of their own.
  const theirs = await hiredContract(db);
  as = {
    anonymous: callerFor(db),
    owner: owner.api,
    otherClient: theirs.client.api,
    proposer: proposer.api,
    otherFreelancer: theirs.freelancer.api,
    admin: (await actor(db, "admin")).api,
  };
  theirContract = theirs.contract.id;
  const theirMilestone = await as.otherClient.contract.addMilestone({
    contractId: theirContract,
    title: "Their milestone",
    amountMinor: 50_000,
    dueDate: null,
  });
  await fund({ api: as.otherClient }, theirMilestone.id);
  await as.otherFreelancer.contract.submitMilestone({ id: theirMilestone.id, note: "Theirs" });
  await as.otherClient.contract.approveMilestone({ id: theirMilestone.id });
  await as.otherFreelancer.payment.withdraw({ currency: "USD", amountMinor: 10_000 });
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
  ids.payment = (
    (await fund(owner, ids.submittedMilestone)) as { payment: { id: string } }
  ).payment.id;
  await proposer.api.contract.submitMilestone({ id: ids.submittedMilestone, note: "Done" });
  // Money of the owner's and the proposer's: a released milestone (the proposer's balance and
  // history), a payment waiting for the bank, and a refund note for a funded milestone removed.
  const released = await owner.api.contract.addMilestone({
    ...milestone("Released"),
    amountMinor: 50_000,
  });
  await fund(owner, released.id);
  await proposer.api.contract.submitMilestone({ id: released.id, note: "Done" });
  await owner.api.contract.approveMilestone({ id: released.id });
  const waiting = await owner.api.contract.addMilestone({
    ...milestone("Waiting"),
    amountMinor: 50_000,
  });
  ids.waitingPayment = (
    await owner.api.payment.fundMilestone({ milestoneId: waiting.id, card: cards.authenticate })
  ).payment.id;
  const removed = await owner.api.contract.addMilestone({
    ...milestone("Removed"),
    amountMinor: 40_000,
  });
  await fund(owner, removed.id);
  await owner.api.contract.removeMilestone({ id: removed.id });
  const receiptsOf = await owner.api.payment.billing();
  ids.receipt = receiptsOf.payments.find((p) => p.id === ids.payment)!.receipt!.id;
  ids.refundNote = receiptsOf.refunds[0]!.receipt!.id;
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
    {
      name: "payment.fundMilestone",
      call: () => (api) =>
        api.payment.fundMilestone({ milestoneId: ids.pendingMilestone, card: cards.visa }),
      refused: { ...readers, proposer: FORBIDDEN, admin: NOT_FOUND },
    },
    // A payment, its receipt and its refund notes are the client's alone: the contract's
    // freelancer is as much a stranger to them as anyone.
    ...(
      [
        ["payment.byId", () => (api: Api) => api.payment.byId({ paymentId: ids.payment })],
        [
          "payment.refresh",
          () => (api: Api) => api.payment.refresh({ paymentId: ids.waitingPayment }),
        ],
        [
          "payment.authenticate",
          () => (api: Api) =>
            api.payment.authenticate({ paymentId: ids.waitingPayment, approve: true }),
        ],
        ["payment.receipt", () => (api: Api) => api.payment.receipt({ id: ids.receipt })],
        [
          "payment.receipt (a refund note)",
          () => (api: Api) => api.payment.receipt({ id: ids.refundNote }),
        ],
      ] as const
    ).map(([name, call]) => ({
      name,
      call,
      refused: { ...readers, proposer: NOT_FOUND, admin: NOT_FOUND },
    })),
    {
      name: "payment.billing",
      call: () => (api) => api.payment.billing(),
      refused: { anonymous: UNAUTHORIZED, proposer: FORBIDDEN, admin: FORBIDDEN },
    },
    {
      name: "payment.saveCard",
      call: () => (api) => api.payment.saveCard({ card: cards.visa }),
      refused: { anonymous: UNAUTHORIZED, proposer: FORBIDDEN, admin: FORBIDDEN },
    },
    {
      name: "payment.removeCard",
      call: () => (api) => api.payment.removeCard(),
      refused: { anonymous: UNAUTHORIZED, proposer: FORBIDDEN, admin: FORBIDDEN },
    },
    {
      name: "payment.withdraw",
      call: () => (api) => api.payment.withdraw({ currency: "USD", amountMinor: 1_000 }),
      refused: { anonymous: UNAUTHORIZED, owner: FORBIDDEN, admin: FORBIDDEN },
    },
    {
      name: "payment.earnings",
      call: () => (api) => api.payment.earnings(),
      refused: { anonymous: UNAUTHORIZED },
    },
    {
      name: "payment.transactions",
      call: () => (api) => api.payment.transactions({}),
      refused: { anonymous: UNAUTHORIZED },
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
      milestones: ["Pending", "Submitted", "Released", "Waiting"].map((title) =>
        expect.objectContaining({ title }),
      ),
      amendments: [expect.objectContaining({ status: "pending" })],
    });
    await expect(as.proposer.contract.workspace({ id: ids.contract })).resolves.toMatchObject({
      role: "freelancer",
    });
    await expect(as.owner.payment.byId({ paymentId: ids.payment })).resolves.toMatchObject({
      status: "succeeded",
    });
    await expect(as.owner.payment.receipt({ id: ids.receipt })).resolves.toMatchObject({
      kind: "receipt",
      contractId: ids.contract,
    });
    await expect(as.owner.payment.receipt({ id: ids.refundNote })).resolves.toMatchObject({
      kind: "refund",
      contractId: ids.contract,
    });
  });

  it("nobody sees another person's balance, transactions, payouts, payments or receipts", async () => {
    // Each freelancer's balance is their own release: $500 less the fee, and $500 less the fee
    // less what they withdrew.
    const mine = await as.proposer.payment.earnings();
    expect(mine.balances).toEqual([
      { currency: "USD", available: 45_000, pending: 0, paid_out: 0 },
    ]);
    expect(mine.payouts).toEqual([]);
    const theirs = await as.otherFreelancer.payment.earnings();
    expect(theirs.balances).toEqual([
      { currency: "USD", available: 35_000, pending: 10_000, paid_out: 0 },
    ]);
    expect(theirs.payouts).toHaveLength(1);

    // Histories hold only the reader's own accounts, whatever they filter by.
    const history = async (api: Api, input: Parameters<Api["payment"]["transactions"]>[0]) =>
      (await api.payment.transactions(input)).items;
    expect((await history(as.proposer, {})).map((e) => [e.kind, e.contractId])).toEqual([
      ["release", ids.contract],
    ]);
    const theirHistory = await history(as.otherFreelancer, {});
    expect(theirHistory.map((e) => e.contractId)).not.toContain(ids.contract);
    expect(theirHistory.map((e) => e.kind).sort()).toEqual(["payout", "payout", "release"]);
    for (const api of [as.owner, as.otherClient, as.admin]) {
      expect(await history(api, {})).toEqual([]);
    }
    // Nobody's history reads a contract's escrow or the platform's accounts, not even a party's.
    for (const account of ["escrow", "platform_fees", "provider_clearing"] as const) {
      for (const api of [as.owner, as.proposer, as.otherClient, as.otherFreelancer, as.admin]) {
        expect(await history(api, { account })).toEqual([]);
      }
    }

    // A client's billing lists their own payments, refunds, receipts and escrow only.
    const billing = await as.owner.payment.billing();
    expect(new Set(billing.payments.map((p) => p.contractId))).toEqual(new Set([ids.contract]));
    expect(billing.payments.map((p) => p.id)).toContain(ids.payment);
    const theirBilling = await as.otherClient.payment.billing();
    expect(theirBilling.payments.map((p) => p.contractId)).toEqual([theirContract]);
    expect(theirBilling.refunds).toEqual([]);
    expect(theirBilling.escrow).toEqual([]);
    expect(JSON.stringify(theirBilling)).not.toContain(ids.contract);
    for (const id of [ids.payment, ids.waitingPayment, ids.receipt, ids.refundNote]) {
      expect(JSON.stringify(theirBilling)).not.toContain(id);
      expect(JSON.stringify(await as.otherFreelancer.payment.earnings())).not.toContain(id);
    }
  });
});
