import { Readable } from "node:stream";
import { and, eq } from "drizzle-orm";

import { receiveUpload } from "~/server/domain/file/receive-upload";
import { publicSessionId } from "~/server/domain/identity/sessions";
import { invoices } from "~/server/db/schema/money";
import { isoDate } from "~/shared/hourly/calendar";
import { callerFor, actorOf } from "../../helpers/caller";
import { at, testClock } from "../../helpers/clock";
import { proposalInput } from "../../helpers/marketplace";
import { cards } from "../../helpers/money";
import { createUser, signInFully } from "../../helpers/people";
import type { ResourceKind, resourceStates, StateName } from "./sweep-model";
import type { World } from "./sweep-world";

/**
 * A factory for every (resource kind, state): each call builds a brand-new resource in that
 * state through the real procedures, as its owners would, so a control that changes it never
 * disturbs what the refusals look at. The type makes a state without a factory a compile error.
 */

type Build = (w: World) => Promise<string>;
/** A builder that builds `base`, then moves the result on with `step`. */
const then =
  (base: Build, step: (w: World, id: string) => Promise<unknown>): Build =>
  async (w) => {
    const id = await base(w);
    await step(w, id);
    return id;
  };

/** A published project with a freelancer (the world's, unless said otherwise) hired for it. */
async function hire(w: World, client = w.as("client"), freelancer = w.as("freelancer")) {
  const project = await client.project.create(w.fx.project);
  await client.project.publish({ id: project.id });
  const proposal = await freelancer.proposal.submit(proposalInput(project.id));
  const contract = await client.proposal.accept({ id: proposal.id });
  return { projectId: project.id, contractId: contract.id };
}

/** A contract carried through its only milestone (`completed`) or stopped early (`ended`). */
async function finish(w: World, how: "completed" | "ended") {
  const hired = await hire(w);
  const client = w.as("client");
  if (how === "ended") await client.contract.end({ id: hired.contractId });
  else {
    const m = await client.contract.addMilestone(milestone(hired.contractId, "Everything"));
    await fund(w, m.id);
    await w.as("freelancer").contract.submitMilestone({ id: m.id, note: "All done" });
    await client.contract.approveMilestone({ id: m.id });
  }
  return hired;
}

const milestone = (contractId: string, title: string) => ({
  contractId,
  title,
  amountMinor: 100_000,
  dueDate: null,
});

const draft: Build = async (w) => (await w.as("client").project.create(w.fx.project)).id;
const open = then(draft, (w, id) => w.as("client").project.publish({ id }));
const proposalOn = async (w: World, projectId: string) =>
  (await w.as("freelancer").proposal.submit(proposalInput(projectId))).id;
const submitted: Build = async (w) => proposalOn(w, await open(w));
// A second, pending milestone keeps the contract active once the first is approved.
const pendingMilestone: Build = async (w) => {
  const { contractId } = await hire(w);
  await w.as("client").contract.addMilestone(milestone(contractId, "Later"));
  return (await w.as("client").contract.addMilestone(milestone(contractId, "First"))).id;
};
/** The client pays a milestone into escrow with `card` (the sandbox's test cards). */
const fund = (w: World, milestoneId: string, card: keyof typeof cards = "visa") =>
  w.as("client").payment.fundMilestone({ milestoneId, card: cards[card] });
const fundedMilestone = then(pendingMilestone, fund);
const submittedMilestone = then(fundedMilestone, (w, id) =>
  w.as("freelancer").contract.submitMilestone({ id, note: "Here it is" }),
);
/** The client's dispute over a new handed-in milestone. */
const dispute: Build = async (w) =>
  (
    await w.as("client").dispute.open({
      item: "milestone",
      itemId: await submittedMilestone(w),
      reason: "The delivery does not match the brief we agreed on.",
    })
  ).id;
const decision = "Most of the brief is met; the client keeps 40 % for what is missing.";

/** The payment of a new pending milestone with `card`: one that succeeds, declines or asks. */
const payment =
  (card: keyof typeof cards): Build =>
  async (w) =>
    (await fund(w, await pendingMilestone(w), card)).payment.id;
/**
 * The receipt of a new payment, or the refund note written when its milestone is removed.
 * (Read from its table: the billing page lists a client's latest payments only.)
 */
const receipt =
  (kind: "receipt" | "refund"): Build =>
  async (w) => {
    const milestoneId = await pendingMilestone(w);
    const paymentId = (await fund(w, milestoneId)).payment.id;
    if (kind === "refund") await w.as("client").contract.removeMilestone({ id: milestoneId });
    const [issued] = await w.db
      .select({ id: invoices.id })
      .from(invoices)
      .where(and(eq(invoices.paymentId, paymentId), eq(invoices.kind, kind)));
    if (!issued) throw new Error(`no ${kind} for payment ${paymentId}`);
    return issued.id;
  };
const amendment: Build = async (w) => {
  const { contractId } = await hire(w);
  const input = { contractId, amountMinor: 500_000, reason: "More screens" };
  return (await w.as("client").contract.proposeAmendment(input)).id;
};
const review: Build = async (w) => {
  const { contractId } = await finish(w, "ended");
  return (await w.as("client").contract.leaveReview(reviewOf(contractId))).id;
};
const reviewOf = (contractId: string) => ({
  contractId,
  ...{ overall: 5, communication: 5, quality: 4, timeliness: 5 },
  comment: "Great work, on time.",
});
/**
 * Someone with a public page and one review received, through a contract ended with the
 * world's person of the other role: so hiding them must hide their reviews too.
 */
const reviewedUser =
  (role: "client" | "freelancer"): Build =>
  async (w) => {
    const person = await createUser(w.db, role, { emailVerified: new Date() });
    const api = callerFor(w.db, actorOf(person));
    if (role === "freelancer") {
      await api.profile.saveFreelancer({
        headline: "Booking apps for clinics",
        bio: "",
        hourlyRateMinor: 9_000,
        currency: "USD",
        availability: "available",
        location: "",
        skillIds: w.fx.project.skillIds,
        portfolio: [],
      });
    }
    const client = role === "client" ? api : w.as("client");
    const freelancer = role === "freelancer" ? api : w.as("freelancer");
    const { contractId } = await hire(w, client, freelancer);
    await client.contract.end({ id: contractId });
    await (role === "client" ? freelancer : client).contract.leaveReview(reviewOf(contractId));
    return person.id;
  };
/** An hourly project hired at $85/hour with a 40 h limit, at the world's (pinned) moment. */
async function hireHourly(w: World) {
  const client = w.as("client");
  const brief = { ...w.fx.project, budgetType: "hourly" as const, budgetMinMinor: 5_000 };
  const project = await client.project.create({ ...brief, budgetMaxMinor: 9_000 });
  await client.project.publish({ id: project.id });
  const proposal = await w.as("freelancer").proposal.submit(proposalInput(project.id, 8_500));
  return (await client.proposal.accept({ id: proposal.id, weeklyLimitHours: 40 })).id;
}
/** The day the world is at, as a date input gives it. */
export const today = () => isoDate(testClock.now().getTime());
const logged = async (w: World, contractId: string, description = "Booking calendar") =>
  w
    .as("freelancer")
    .timesheet.logTime({ contractId, workDate: today(), minutes: 120, description });
/**
 * An entry of the week a week id names: the dispute procedure needs one, and its input is
 * built from the id alone. Filled as weeks are built.
 */
export const firstEntryOf = new Map<string, string>();
const DAY = 24 * 3600 * 1000;
/** A week (and its two entries) in `state`, built `daysBefore` the world's moment. */
async function timesheetWeek(
  w: World,
  state: "open" | "submitted" | "approved" | "disputed" | "late" | "reviewLapsed",
) {
  const daysBefore = state === "late" ? 7 : state === "reviewLapsed" ? 14 : 0;
  return at(new Date(testClock.now().getTime() - daysBefore * DAY), async () => {
    const contractId = await hireHourly(w);
    const first = await logged(w, contractId);
    const second = await logged(w, contractId, "Reminder emails");
    const weekId = first.weekId;
    firstEntryOf.set(weekId, first.id);
    const freelancer = w.as("freelancer").timesheet;
    const client = w.as("client").timesheet;
    if (["submitted", "approved", "disputed", "reviewLapsed"].includes(state))
      await freelancer.submitWeek({ id: weekId });
    if (state === "approved") await client.approveWeek({ id: weekId });
    if (state === "disputed")
      await client.disputeWeek({
        id: weekId,
        entryIds: [first.id],
        reason: "We agreed on one hour.",
      });
    return { weekId, first: first.id, second: second.id };
  });
}
const week =
  (state: Parameters<typeof timesheetWeek>[1]): Build =>
  async (w) =>
    (await timesheetWeek(w, state)).weekId;
const entry =
  (state: Parameters<typeof timesheetWeek>[1], which: "first" | "second" = "first"): Build =>
  async (w) =>
    (await timesheetWeek(w, state))[which];
/** The world's client invites the world's freelancer to a new open project. */
async function invitation(w: World) {
  const projectId = await open(w);
  const sent = await w.as("client").invitation.send({
    projectId,
    freelancerId: w.fx.freelancerId,
    message: "Your clinic work fits this.",
  });
  return { projectId, id: sent.id };
}
const invited =
  (step?: (w: World, ids: { projectId: string; id: string }) => Promise<unknown>): Build =>
  async (w) => {
    const ids = await invitation(w);
    await step?.(w, ids);
    return ids.id;
  };

/** The world's client hears of a proposal on a new project of theirs: that notification's id. */
const notification: Build = async (w) => {
  await submitted(w);
  const { items } = await w.as("client").notification.list({});
  return items[0]!.id;
};

/** The world's freelancer keeps a search, alerting at once or never. */
const savedSearch =
  (alert: "instantly" | "never"): Build =>
  async (w) =>
    (
      await w.as("freelancer").savedSearch.create({
        name: `Search ${crypto.randomUUID().slice(0, 8)}`,
        query: "q=design&type=fixed",
        alert,
      })
    ).id;

/** The conversation a new proposal of the world's freelancer opens (and, hired, carries on). */
const conversation =
  (hired: boolean): Build =>
  async (w) => {
    const projectId = await open(w);
    const proposalId = await proposalOn(w, projectId);
    if (hired) await w.as("client").proposal.accept({ id: proposalId });
    const { conversationId } = await w.as("client").message.find({
      projectId,
      freelancerId: w.fx.freelancerId,
    });
    return conversationId!;
  };
/** The world's client's message to the world's freelancer. */
const message: Build = async (w) =>
  (
    await w.as("client").message.send({
      conversationId: await conversation(false)(w),
      body: "Could you start next week?",
    })
  ).id;

/** The world's client's upload: reserved, or with its bytes received (the local backend). */
const upload =
  (ready: boolean): Build =>
  async (w) => {
    const bytes = Buffer.from("%PDF-1.7\n% a brief\n");
    const { file } = await w.as("client").file.createUpload({
      purpose: "attachment",
      name: "brief.pdf",
      size: bytes.length,
    });
    if (ready)
      await receiveUpload({
        ctx: { db: w.db, actor: w.sessions.client! },
        input: { fileId: file.id, body: Readable.from([bytes]), declaredSize: bytes.length },
      });
    return file.id;
  };

/** An admin hides it, as the moderation queue does. */
const hideAs = (w: World, subjectType: "project" | "review" | "message", subjectId: string) =>
  w
    .as("admin")
    .moderation.act({ subjectType, subjectId, action: "hide", reason: "Hidden by the sweep" });

const suspend = (w: World, userId: string) =>
  w.as("admin").admin.setUserStatus({ userId, status: "suspended", reason: "Sweep suspension" });
const session: Build = async (w) =>
  publicSessionId((await signInFully(w.db, w.sessionOwnerEmail)).sessionId);

const apiToken: Build = async (w) =>
  (
    await w
      .as("sessionOwner")
      .apiToken.create({ name: "Sweep", scopes: ["projects:read"], expiresInDays: 7 })
  ).id;

const webhookEndpoint: Build = async (w) =>
  (
    await w
      .as("sessionOwner")
      .webhook.create({ url: "https://93.184.215.14/hooks", eventKinds: ["proposal.received"] })
  ).id;

const builders: { [K in ResourceKind]: Record<(typeof resourceStates)[K][number], Build> } = {
  project: {
    draft,
    cancelledDraft: then(draft, (w, id) => w.as("client").project.cancel({ id })),
    open,
    cancelledOpen: then(open, (w, id) => w.as("client").project.cancel({ id })),
    inProgress: async (w) => (await hire(w)).projectId,
    completed: async (w) => (await finish(w, "completed")).projectId,
    completedEnded: async (w) => (await finish(w, "ended")).projectId,
    hidden: then(open, (w, id) => hideAs(w, "project", id)),
  },
  proposal: {
    submitted,
    shortlisted: then(submitted, (w, id) => w.as("client").proposal.shortlist({ id })),
    rejected: then(submitted, (w, id) => w.as("client").proposal.reject({ id })),
    withdrawn: then(submitted, (w, id) => w.as("freelancer").proposal.withdraw({ id })),
    accepted: then(submitted, (w, id) => w.as("client").proposal.accept({ id })),
    // Closing the project declines every proposal still open on it.
    declined: async (w) => {
      const projectId = await open(w);
      const id = await proposalOn(w, projectId);
      await w.as("client").project.cancel({ id: projectId });
      return id;
    },
  },
  contract: {
    active: async (w) => (await hire(w)).contractId,
    completed: async (w) => (await finish(w, "completed")).contractId,
    ended: async (w) => (await finish(w, "ended")).contractId,
  },
  milestone: {
    pending: pendingMilestone,
    funded: fundedMilestone,
    submitted: submittedMilestone,
    changesRequested: then(submittedMilestone, (w, id) =>
      w.as("client").contract.requestChanges({ id, reason: "Missing the empty states" }),
    ),
    approved: then(submittedMilestone, (w, id) => w.as("client").contract.approveMilestone({ id })),
  },
  amendment: {
    pending: amendment,
    agreed: then(amendment, (w, id) =>
      w.as("freelancer").contract.respondToAmendment({ id, accept: true }),
    ),
    declined: then(amendment, (w, id) =>
      w.as("freelancer").contract.respondToAmendment({ id, accept: false }),
    ),
    withdrawn: then(amendment, (w, id) => w.as("client").contract.withdrawAmendment({ id })),
  },
  review: {
    unreplied: review,
    replied: then(review, (w, id) =>
      w.as("freelancer").contract.replyToReview({ id, reply: "Thanks!" }),
    ),
    hidden: then(review, (w, id) => hideAs(w, "review", id)),
  },
  invitation: {
    pending: invited(),
    proposed: invited((w, { projectId }) =>
      w.as("freelancer").proposal.submit(proposalInput(projectId)),
    ),
    declined: invited((w, { id }) =>
      w.as("freelancer").invitation.decline({ id, reason: "Booked until June" }),
    ),
    projectClosed: invited((w, { projectId }) => w.as("client").project.cancel({ id: projectId })),
  },
  user: {
    client: reviewedUser("client"),
    freelancer: reviewedUser("freelancer"),
    suspendedClient: then(reviewedUser("client"), suspend),
    suspendedFreelancer: then(reviewedUser("freelancer"), suspend),
  },
  hourlyContract: {
    active: hireHourly,
    completed: then(hireHourly, (w, id) => w.as("client").contract.end({ id })),
  },
  week: {
    open: week("open"),
    submitted: week("submitted"),
    autoSubmitted: week("late"),
    approved: week("approved"),
    disputed: week("disputed"),
    autoApproved: week("reviewLapsed"),
  },
  entry: {
    open: entry("open"),
    submitted: entry("submitted"),
    approved: entry("approved"),
    disputed: entry("disputed"),
    undisputed: entry("disputed", "second"),
    autoApproved: entry("reviewLapsed"),
  },
  notification: {
    unread: notification,
    read: then(notification, (w, id) => w.as("client").notification.markRead({ id })),
  },
  savedSearch: {
    alerting: savedSearch("instantly"),
    quiet: savedSearch("never"),
  },
  file: { pending: upload(false), ready: upload(true) },
  conversation: {
    beforeHire: conversation(false),
    hired: conversation(true),
  },
  message: {
    sent: message,
    deleted: then(message, (w, id) => w.as("client").message.delete({ id })),
    hidden: then(message, (w, id) => hideAs(w, "message", id)),
  },
  report: {
    open: async (w) =>
      (
        await w.as("freelancer").moderation.reportMessage({
          subjectId: await message(w),
          reason: "off_platform",
          note: "Asks to be paid outside Guild",
        })
      ).id,
  },
  payment: {
    requires_action: payment("authenticate"),
    succeeded: payment("visa"),
    failed: payment("declined"),
  },
  receipt: { receipt: receipt("receipt"), refund: receipt("refund") },
  dispute: {
    open: dispute,
    underReview: then(dispute, (w, id) => w.as("admin").dispute.takeUp({ id })),
    resolved: then(dispute, (w, id) =>
      w.as("admin").dispute.resolve({ id, outcome: "split", releasedMinor: 60_000, decision }),
    ),
    withdrawn: then(dispute, (w, id) => w.as("client").dispute.withdraw({ id })),
  },
  webhookEndpoint: {
    active: webhookEndpoint,
    disabled: then(webhookEndpoint, (w, endpointId) =>
      w.as("sessionOwner").webhook.setEnabled({ endpointId, enabled: false }),
    ),
  },
  apiToken: {
    active: apiToken,
    revoked: then(apiToken, (w, tokenId) => w.as("sessionOwner").apiToken.revoke({ tokenId })),
  },
  session: {
    active: session,
    revoked: then(session, (w, sessionId) =>
      w.as("sessionOwner").account.revokeSession({ sessionId }),
    ),
  },
};

/** A fresh resource of `kind` in `state`. */
export function build(w: World, kind: ResourceKind, state: StateName): Promise<string> {
  const builder = (builders[kind] as Record<string, Build | undefined>)[state];
  if (!builder) throw new Error(`no builder for ${kind} in state ${state}`);
  return builder(w);
}
